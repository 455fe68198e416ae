package applicationcredentials

import "github.com/cloudsdk/gophercloud/openstack/identity/v3/internal/crud"

var (
	kind       = crud.Kind[ApplicationCredential]{Path: []string{"application_credentials"}, Key: "application_credential", ListKey: "application_credentials"}
	accessKind = crud.Kind[AccessRule]{Path: []string{"access_rules"}, Key: "access_rule", ListKey: "access_rules"}
)
