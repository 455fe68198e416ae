// Package registeredlimits manages Keystone v3 registered limits: the
// deployment-wide default of a resource ("cores" of the compute service,
// optionally in one region) that every project gets unless a project limit
// (package limits) overrides it. List, show, create, update, delete;
// admin-only by default.
//
// Keystone creates registered limits in batches, all or none, so Create
// takes one or more CreateOpts and its Extract returns the created list in
// the same order:
//
//	rls, err := registeredlimits.Create(ctx, identity, registeredlimits.CreateOpts{ServiceID: nova, ResourceName: "cores", DefaultLimit: 20}).Extract()
//
// https://docs.openstack.org/api-ref/identity/v3/#unified-limits
package registeredlimits
