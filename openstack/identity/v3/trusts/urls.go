package trusts

import "github.com/cloudsdk/gophercloud/openstack/identity/v3/internal/crud"

var (
	kind     = crud.Kind[Trust]{Path: []string{"OS-TRUST", "trusts"}, Key: "trust", ListKey: "trusts"}
	roleKind = crud.Kind[Role]{Path: []string{"roles"}, Key: "role", ListKey: "roles"}
)
