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
// GetCatalog returns the catalog of the client's own token
// (GET /v3/auth/catalog).
//
// Multi-factor authentication (Keystone Ocata and later for TOTP, Rocky
// and later for receipts): when a user's multi_factor_auth_rules need
// more than the methods given, Create fails with a *ReceiptRequiredError;
// ExtractReceipt returns the receipt, and MultiFactor finishes with a TOTP
// passcode and the receipt in the Openstack-Auth-Receipt header:
//
//	_, err := tokens.Create(ctx, identity, password).ExtractToken()
//	if rc, ok := tokens.ExtractReceipt(err); ok {
//		r := tokens.Create(ctx, identity, tokens.MultiFactor{Auth: user, Passcode: code, Receipt: rc.ID})
//	}
//
// Token bodies decode the trust (ExtractTrust), the federated part of the
// user (ExtractFederation, OS-FEDERATION) and the application credential
// (ExtractApplicationCredential; access rules need Keystone Train or
// later). FederatedAuth requests an unscoped federated token.
// Identity v3 has no microversions.
//
// API reference: https://docs.openstack.org/api-ref/identity/v3/#authentication-and-token-management
// and https://docs.openstack.org/api-ref/identity/v3-ext/#os-federation-api
package tokens
