package projects

import "github.com/cloudsdk/gophercloud/openstack/identity/v3/internal/crud"

var kind = crud.Kind[Project]{Path: []string{"projects"}, Key: "project", ListKey: "projects"}
