// Package snapshots manages Block Storage v2 (Cinder) volume snapshots:
// create, list, get, update, delete, metadata, and WaitForStatus.
//
//	s, err := snapshots.Create(ctx, client, snapshots.CreateOpts{VolumeID: v.ID, Name: "nightly"}).Extract()
//	err = snapshots.WaitForStatus(ctx, client, s.ID, "available", gophercloud.WaitOpts{})
//
// API reference: https://docs.openstack.org/api-ref/block-storage/v2/#volume-snapshots-snapshots
package snapshots
