// Package tokens issues Identity v2.0 tokens (password or token
// authentication scoped to a tenant) and reads their catalog.
//
// Keystone removed v2.0 in its Queens release, but older clouds and
// Rackspace still speak it; openstack.Authenticate picks it when an auth URL
// ends in /v2.0 or the cloud offers no v3.
//
// API reference: https://docs.openstack.org/api-ref/identity/v2/
package tokens
