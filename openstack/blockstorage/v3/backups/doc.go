// Package backups manages Block Storage v3 (Cinder) volume backups:
// create (full or incremental), list, get, update, delete, restore into a
// volume, export and import of the backup record, and WaitForStatus.
//
//	b, err := backups.Create(ctx, client, backups.CreateOpts{VolumeID: v.ID, Name: "weekly"}).Extract()
//	err = backups.WaitForStatus(ctx, client, b.ID, "available", gophercloud.WaitOpts{})
//
// Backups need a cinder-backup service; a cloud without one leaves a new
// backup in "error" (WaitForStatus says so). Microversions: Update 3.9,
// Metadata 3.43, AvailabilityZone 3.51, UserID 3.56.
//
// API reference: https://docs.openstack.org/api-ref/block-storage/v3/#backups-backups
package backups
