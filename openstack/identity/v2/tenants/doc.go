// Package tenants lists and manages Keystone v2.0 tenants (v3 calls them
// projects). List pages through the tenants a token may use (GET
// /v2.0/tenants); the admin API adds Get, GetByName and ListUsers, and
// the OS-KSADM admin extension Create, Update and Delete.
//
//	for t, err := range tenants.List(identity, nil).All(ctx) { … }
//	t, err := tenants.Create(ctx, identity, tenants.CreateOpts{Name: "acme", Description: "ACME Corp"}).Extract()
//	err = tenants.Delete(ctx, identity, t.ID).ExtractErr()
//
// The admin calls need an admin token and the identity admin endpoint. A
// user gets a role on a tenant with roles.AddUser; ListUsers shows who has
// one. No microversion is involved. Keystone removed v2.0 in Queens: the
// package serves older clouds and vendors that still speak it
// (rackspace/identity/v2/tenants builds on it through ListOf and
// ListOptsBuilder).
//
// API reference (Identity v2.0 and its admin API; archived, a copy is at
// docs.huihoo.com/openstack/archive/api/openstack-identity-service/2.0/):
// https://docs.openstack.org/api/openstack-identity-service/2.0/content/Tenant_Operations.html
// and .../content/ksadm-tenants.html
package tenants
