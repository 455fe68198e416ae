// Package snapshots manages Block Storage v1 (Cinder) volume snapshots:
// create, list, get, update, delete, and WaitForStatus. v1 names and
// describes a snapshot with display_name and display_description and lists
// it in one page; Rackspace Cloud Block Storage serves this API.
//
//	s, err := snapshots.Create(ctx, client, snapshots.CreateOpts{VolumeID: v.ID, Name: "nightly"}).Extract()
//	err = snapshots.WaitForStatus(ctx, client, s.ID, "available", gophercloud.WaitOpts{})
//
// API reference: https://docs.openstack.org/api-ref/block-storage/v1/ (archived)
package snapshots
