// Package tokens authenticates against Rackspace Cloud Identity v2.0 with
// an API key (RAX-KSKEY:apiKeyCredentials) or a password, validates and
// revokes tokens. It is openstack/identity/v2/tokens with Rackspace's
// credentials (rackspace.AuthOptions) and the RAX-AUTH fields Rackspace adds
// to the access document (ExtractRAX).
//
//	identity, err := rackspace.NewIdentityV2(provider)
//	r := tokens.Create(ctx, identity, rackspace.AuthOptions{Username: "me", APIKey: key})
//	access, err := r.Extract()
//	rax, err := tokens.ExtractRAX(r.Result) // default region, how the user authenticated
//
// Most programs never call Create: rackspace.AuthenticatedClient does.
// Get (validate another token) needs the identity:user-admin or an
// identity admin role.
//
// API reference: https://docs.rackspace.com/docs/cloud-identity/v2/api-reference/token-operations
package tokens
