// Package groups manages Keystone v3 groups: list with filters, show,
// create, update, delete. Group membership lives in package users
// (users.AddToGroup, users.ListInGroup, …).
//
//	g, err := groups.Create(ctx, identity, groups.CreateOpts{Name: "ops", DomainID: domainID}).Extract()
//
// https://docs.openstack.org/api-ref/identity/v3/#groups
package groups
