// Package roles manages Keystone v3 roles: list, show, create, update,
// delete; assigning a role to a user or group on a project, a domain or
// the system (Assign, Unassign, Check); listing role assignments with
// filters (ListAssignments); and implied roles.
//
//	err := roles.Assign(ctx, identity, roleID, roles.AssignOpts{GroupID: g, ProjectID: p}).ExtractErr()
//
// # Inherited assignments (OS-INHERIT)
//
// AssignOpts.Inherited turns Assign, Check and Unassign into their
// OS-INHERIT forms: the role is given not on the domain or project itself
// but to every project below it (all projects of a domain; a project's
// subtree without the project), now and later:
//
//	on := roles.AssignOpts{UserID: u, DomainID: d, Inherited: true}
//	err := roles.Assign(ctx, identity, roleID, on).ExtractErr()
//	// PUT /v3/OS-INHERIT/domains/{d}/users/{u}/roles/{role}/inherited_to_projects
//
// ListAssignmentsOpts.InheritedTo = InheritedToProjects lists only such
// assignments (scope.OS-INHERIT:inherited_to=projects, read back in
// Scope.InheritedTo); with Effective instead, Keystone expands them into
// one assignment per inheriting project. ListInherited lists the roles a
// user or group inherits from a domain. OS-INHERIT is part of every
// Keystone since Kilo and needs no microversion.
//
// https://docs.openstack.org/api-ref/identity/v3/#roles
// https://docs.openstack.org/api-ref/identity/v3-ext/#os-inherit-api
package roles
