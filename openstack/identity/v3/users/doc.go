// Package users manages Keystone v3 users: list with filters, show,
// create, update, delete, change password, the groups and projects of a
// user, and group membership (AddToGroup, CheckInGroup, RemoveFromGroup,
// ListInGroup).
//
//	u, err := users.Create(ctx, identity, users.CreateOpts{Name: "alice", DomainID: domainID, Password: pw}).Extract()
//
// https://docs.openstack.org/api-ref/identity/v3/#users
package users
