// Package tokens issues, inspects and revokes Identity v3 tokens: password
// (with an optional TOTP passcode), token and application-credential
// authentication, scoped to a project, a domain or the system.
//
// Most programs never call it: openstack.AuthenticatedClient does, and keeps
// the token fresh. Use it to validate or revoke tokens, or to read a token's
// roles and catalog.
//
//	r := tokens.Create(ctx, identity, gophercloud.AuthOptions{
//		Username: "demo", Password: "secret", DomainName: "Default", TenantName: "demo",
//	})
//	token, err := r.ExtractToken()
//
// API reference: https://docs.openstack.org/api-ref/identity/v3/#authentication-and-token-management
package tokens
