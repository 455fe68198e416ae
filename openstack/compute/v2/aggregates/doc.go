// Package aggregates manages host aggregates: admin-defined groups of
// compute hosts with metadata the scheduler matches against flavors and
// images, optionally exposed to users as an availability zone.
//
//	a, err := aggregates.Create(ctx, admin, aggregates.CreateOpts{Name: "ssd", AvailabilityZone: "fast"}).Extract()
//	a, err = aggregates.AddHost(ctx, admin, a.ID, "compute-1").Extract()
//	a, err = aggregates.SetMetadata(ctx, admin, a.ID, aggregates.SetMetadataOpts{
//		Metadata: map[string]string{"disk": "ssd"},
//	}).Extract()
//
// Every call is admin only. Aggregates are addressed by their integer ID;
// Aggregate.UUID is shown from microversion 2.41.
//
// API reference: https://docs.openstack.org/api-ref/compute/#host-aggregates-os-aggregates
package aggregates
