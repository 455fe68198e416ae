package domains

import "github.com/cloudsdk/gophercloud/openstack/identity/v3/internal/crud"

var kind = crud.Kind[Domain]{Path: []string{"domains"}, Key: "domain", ListKey: "domains"}
