// Package projects manages Keystone v3 projects (tenants): create, list
// with filters, show with parents or subtree, update with tags, delete, and
// the projects a token may be scoped to (ListAvailable).
//
//	p, err := projects.Create(ctx, identity, projects.CreateOpts{Name: "web", DomainID: domainID}).Extract()
//
// https://docs.openstack.org/api-ref/identity/v3/#projects
package projects
