// Package roles lists Keystone v2.0 roles and grants them to users
// through the OS-KSADM admin extension: List shows every role (GET
// /v2.0/OS-KSADM/roles); AddUser and DeleteUser grant and revoke a role
// of a user on a tenant; AddUserGlobal, DeleteUserGlobal and
// ListUserGlobal do the same for a user's global roles (no tenant),
// which Keystone never served but Rackspace Cloud Identity does.
//
//	err := roles.AddUser(ctx, identity, tenantID, userID, roleID).ExtractErr()
//
// A user's roles on one tenant are listed by users.ListRoles. The calls
// need an admin token and the identity admin endpoint. Keystone removed
// v2.0 in Queens; the package serves older clouds and vendors that still
// speak it (rackspace/identity/v2/roles builds on it). No microversion is
// involved.
//
// ListOf and ListUserGlobalOf decode each role into a caller's type, for a
// vendor's role that embeds Role and adds its own fields.
//
// API reference (Identity v2.0 admin API, OS-KSADM roles; archived, a copy
// is at docs.huihoo.com/openstack/archive/api/openstack-identity-service/2.0/):
// https://docs.openstack.org/api/openstack-identity-service/2.0/content/ksadm-roles.html
package roles
