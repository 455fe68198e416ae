package services

import "github.com/cloudsdk/gophercloud/openstack/identity/v3/internal/crud"

var kind = crud.Kind[Service]{Path: []string{"services"}, Key: "service", ListKey: "services"}
