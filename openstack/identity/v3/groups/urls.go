package groups

import "github.com/cloudsdk/gophercloud/openstack/identity/v3/internal/crud"

var kind = crud.Kind[Group]{Path: []string{"groups"}, Key: "group", ListKey: "groups"}
