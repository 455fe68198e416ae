// Package snapshots manages Rackspace Cloud Block Storage snapshots:
// point-in-time copies of a volume, kept in Cloud Files, from which new
// volumes are made (volumes.CreateOpts.SnapshotID). It is
// openstack/blockstorage/v1/snapshots on a rackspace.NewBlockStorageV1
// client.
//
//	s, err := snapshots.Create(ctx, bs, snapshots.CreateOpts{VolumeID: volID, Name: "nightly"}).Extract()
//	err = snapshots.WaitForStatus(ctx, bs, s.ID, "available", gophercloud.WaitOpts{})
//
// Rackspace snapshots only detached volumes unless CreateOpts.Force is set
// (the copy of an attached volume may be inconsistent); a volume with
// snapshots cannot be deleted.
//
// API reference: https://docs.rackspace.com/docs/cloud-block-storage/v1/api-reference/snapshots
package snapshots
