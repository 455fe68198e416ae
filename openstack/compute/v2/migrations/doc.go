// Package migrations lists server migrations (cold, live, resize,
// evacuation) across the cloud, and manages the live migrations of one
// server: show their progress, force them to complete, abort them. Every
// call is admin only by default.
//
//	for m, err := range migrations.List(admin, migrations.ListOpts{Status: "running"}).All(ctx) {
//		fmt.Println(m.InstanceUUID, m.MigrationType, m.SourceCompute, "->", m.DestCompute)
//	}
//	admin := admin.WithMicroversion("2.24")
//	live, err := migrations.ListServer(admin, serverID).Collect(ctx)
//	err = migrations.Abort(ctx, admin, serverID, live[0].ID).ExtractErr()
//
// Microversions: ListServer and GetServer need 2.23, ForceComplete 2.22,
// Abort 2.24 (2.65 also for migrations still queued or preparing).
// In List, Migration.MigrationType and Links appear at 2.23;
// ListOpts.Limit, Marker and ChangesSince, Migration.UUID and the links
// that let the pager walk pages at 2.59; ListOpts.ChangesBefore at 2.66;
// ListOpts.UserID and ProjectID and the matching fields at 2.80.
//
// API references:
// https://docs.openstack.org/api-ref/compute/#migrations-os-migrations,
// https://docs.openstack.org/api-ref/compute/#server-migrations-servers-server-id-migrations
package migrations
