// Package snapshots manages Block Storage v3 (Cinder) volume snapshots:
// create, list, get, update, delete, metadata, and WaitForStatus.
//
//	s, err := snapshots.Create(ctx, client, snapshots.CreateOpts{VolumeID: v.ID, Name: "nightly"}).Extract()
//	err = snapshots.WaitForStatus(ctx, client, s.ID, "available", gophercloud.WaitOpts{})
//
// A new volume is made from a snapshot with volumes.CreateOpts.SnapshotID.
// Microversions: GroupSnapshotID 3.14, UserID 3.41, ConsumesQuota 3.65.
//
// API reference: https://docs.openstack.org/api-ref/block-storage/v3/#volume-snapshots-snapshots
package snapshots
