package regions

import "github.com/cloudsdk/gophercloud/openstack/identity/v3/internal/crud"

var kind = crud.Kind[Region]{Path: []string{"regions"}, Key: "region", ListKey: "regions"}
