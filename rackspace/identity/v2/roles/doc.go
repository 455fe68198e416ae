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
// lists; Rackspace has sent Propagate and Weight quoted as well as bare,
// so they are gophercloud.LooseBool and LooseInt, which take both. Only a user admin
// may manage its account's users' roles.
//
// The package is a thin layer over openstack/identity/v2/roles: the calls
// are its ListOf, ListUserGlobalOf, AddUserGlobal and DeleteUserGlobal,
// and Role embeds its Role. Rackspace puts the next and previous links of
// a List with limit and marker in the response headers; without them the
// whole list comes in one answer.
//
// API reference: https://docs.rackspace.com/docs/cloud-identity/v2/api-reference/roles-operations
package roles
