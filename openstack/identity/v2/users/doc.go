// Package users manages Keystone v2.0 users through the admin API: List,
// Get, GetByName, Create, Update and Delete, and ListRoles for a user's
// roles on one tenant.
//
//	enabled := true
//	u, err := users.Create(ctx, identity, users.CreateOpts{
//		Name: "jqsmith", TenantID: tenantID, Email: "jqsmith@example.org", Enabled: &enabled, Password: pw,
//	}).Extract()
//	rs, err := users.ListRoles(ctx, identity, tenantID, u.ID).Extract()
//
// Roles are granted and revoked with package roles (OS-KSADM). The calls
// need an admin token and the identity admin endpoint; no microversion is
// involved. Keystone removed v2.0 in Queens: the package serves older
// clouds and vendors that still speak it. rackspace/identity/v2/users is
// a thin layer over it: its CreateOpts implement CreateOptsBuilder, its
// User embeds User, and ListOf, GetOf, GetByNameOf and CreateOf decode
// into it. The password goes as OS-KSADM:password, as the reference
// writes it.
//
// API reference (Identity v2.0 admin API, users and OS-KSADM users;
// archived, a copy is at
// docs.huihoo.com/openstack/archive/api/openstack-identity-service/2.0/):
// https://docs.openstack.org/api/openstack-identity-service/2.0/content/ksadm-users.html
package users
