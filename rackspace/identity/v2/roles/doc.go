// Package roles lists Rackspace Cloud Identity roles and grants them to
// users (the OS-KSADM admin extension, as Rackspace serves it): List shows
// every role the caller may assign, ListUserRoles a user's global roles,
// AddUserRole and DeleteUserRole grant and revoke one.
//
//	identity, err := rackspace.NewIdentityV2(provider)
//	err = roles.AddUserRole(ctx, identity, userID, roleID).ExtractErr()
//
// Rackspace's product roles ("compute:default", "object-store:observer",
// "identity:user-admin", …) and its RAX-AUTH role properties
// (Role.Propagate, Role.Weight, Role.Assignment) come back in the same
// lists. Only a user admin may manage its account's users' roles.
//
// API reference: https://docs.rackspace.com/docs/cloud-identity/v2/api-reference/roles-operations
package roles
