// Package limits manages Keystone v3 project and domain limits, which
// override a registered limit's default (package registeredlimits) for one
// project or domain: list, show, create, update, delete, and GetModel, the
// cloud's enforcement model ("flat" or "strict-two-level"). Writes are
// admin-only by default.
//
// As for registered limits, Keystone creates limits in all-or-none
// batches: Create takes one or more CreateOpts and Extract returns the list.
//
//	ls, err := limits.Create(ctx, identity, limits.CreateOpts{ServiceID: nova, ProjectID: p, ResourceName: "cores", ResourceLimit: 40}).Extract()
//
// A project-scoped token lists only its own project's limits, whatever
// the filters; use a system-scoped token to see every project's.
//
// https://docs.openstack.org/api-ref/identity/v3/#unified-limits
package limits
