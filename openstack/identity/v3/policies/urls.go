package policies

import "github.com/cloudsdk/gophercloud/openstack/identity/v3/internal/crud"

var kind = crud.Kind[Policy]{Path: []string{"policies"}, Key: "policy", ListKey: "policies"}
