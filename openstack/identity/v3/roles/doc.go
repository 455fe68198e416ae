// Package roles manages Keystone v3 roles: list, show, create, update,
// delete; assigning a role to a user or group on a project, a domain or
// the system (Assign, Unassign, Check); listing role assignments with
// filters (ListAssignments); and implied roles.
//
//	err := roles.Assign(ctx, identity, roleID, roles.AssignOpts{GroupID: g, ProjectID: p}).ExtractErr()
//
// https://docs.openstack.org/api-ref/identity/v3/#roles
package roles
