package endpoints

import "github.com/cloudsdk/gophercloud/openstack/identity/v3/internal/crud"

var kind = crud.Kind[Endpoint]{Path: []string{"endpoints"}, Key: "endpoint", ListKey: "endpoints"}
