// Package tokens issues Identity v2.0 tokens (password or token
// authentication scoped to a tenant) and reads their catalog, and, with
// the admin API, validates other tokens: Get (with ValidateOpts.BelongsTo
// to require a tenant), Check (HEAD, a bool), ListEndpoints (the token's
// catalog as a flat list) and Revoke.
//
//	ok, err := tokens.Check(ctx, admin, userToken, tokens.ValidateOpts{BelongsTo: tenantID}).Extract()
//
// Keystone removed v2.0 in its Queens release, but older clouds and
// Rackspace still speak it; openstack.Authenticate picks it when an auth URL
// ends in /v2.0 or the cloud offers no v3. The admin calls need an admin
// token and the identity admin endpoint.
//
// API reference: https://docs.openstack.org/api-ref/identity/v2/ and, for
// the admin calls (archived, a copy is at
// docs.huihoo.com/openstack/archive/api/openstack-identity-service/2.0/),
// https://docs.openstack.org/api/openstack-identity-service/2.0/content/Token_Operations.html
package tokens
