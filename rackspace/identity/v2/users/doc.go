// Package users manages the users of a Rackspace Cloud account through
// Cloud Identity's /v2.0/users admin API: a user admin (the account owner,
// role identity:user-admin) creates sub-users, lists, shows, updates and
// deletes them, and resets their API keys.
//
//	identity, err := rackspace.NewIdentityV2(provider)
//	u, err := users.Create(ctx, identity, users.CreateOpts{
//		Username: "deploy", Email: "deploy@example.com", DefaultRegion: "ORD",
//	}).Extract()
//	fmt.Println(u.Password) // generated, returned only now
//	key, err := users.ResetAPIKey(ctx, identity, u.ID).Extract()
//
// Rackspace differs from Keystone's v2 admin API: the password is
// OS-KSADM:password and is generated when CreateOpts.Password is empty;
// the default region and domain are RAX-AUTH fields; Update is a POST;
// API keys (RAX-KSKEY) are read and reset under
// /users/{id}/OS-KSADM/credentials. Roles are in package roles.
//
// The package is a thin layer over openstack/identity/v2/users: List,
// Get, GetByName, Create and Delete are its ListOf, GetOf, GetByNameOf,
// CreateOf and Delete (CreateOpts is a CreateOptsBuilder), and User
// embeds its User. Update (a POST with Rackspace's fields) and the API
// key calls are Rackspace's own.
//
// API reference: https://docs.rackspace.com/docs/cloud-identity/v2/api-reference/users-operations
package users
