package credentials

import "github.com/cloudsdk/gophercloud/openstack/identity/v3/internal/crud"

var kind = crud.Kind[Credential]{Path: []string{"credentials"}, Key: "credential", ListKey: "credentials"}
