// Package domains manages Keystone v3 domains: the containers of users,
// groups and projects. A domain must be disabled (Update with
// Enabled: false) before it can be deleted.
//
//	d, err := domains.Create(ctx, identity, domains.CreateOpts{Name: "acme"}).Extract()
//
// https://docs.openstack.org/api-ref/identity/v3/#domains
package domains
