// Package projects manages Keystone v3 projects (tenants): create, list
// with filters, show with parents or subtree, update, delete, the tag
// calls (ListTags, ReplaceTags, AddTag, CheckTag, DeleteTag, DeleteTags),
// and the projects a token may be scoped to (ListAvailable).
//
//	p, err := projects.Create(ctx, identity, projects.CreateOpts{Name: "web", DomainID: domainID}).Extract()
//	err = projects.AddTag(ctx, identity, p.ID, "team-a").ExtractErr()
//	has, err := projects.CheckTag(ctx, identity, p.ID, "team-a").Extract()
//
// https://docs.openstack.org/api-ref/identity/v3/#projects
package projects
