package registeredlimits

import "github.com/cloudsdk/gophercloud/openstack/identity/v3/internal/crud"

var kind = crud.Kind[RegisteredLimit]{Path: []string{"registered_limits"}, Key: "registered_limit", ListKey: "registered_limits"}
