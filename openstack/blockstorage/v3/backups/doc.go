// Package backups manages Block Storage v3 (Cinder) volume backups:
// create (full or incremental), list, get, update, delete, restore into a
// volume, export and import of the backup record, and WaitForStatus.
//
//	b, err := backups.Create(ctx, client, backups.CreateOpts{VolumeID: v.ID, Name: "weekly"}).Extract()
//	err = backups.WaitForStatus(ctx, client, b.ID, "available", gophercloud.WaitOpts{})
//
// Backups need a cinder-backup service. The local cloud runs one (POSIX
// driver) and its acceptance tests run every call here: full and
// incremental create, list, get, update, restore into a new and into an
// existing volume, export, import, reset-status and force-delete. The
// backup service applies ResetStatus asynchronously, and Update answers
// with a summary (id, name, links): Get shows the result. Microversions:
// Update 3.9, Metadata 3.43, AvailabilityZone 3.51, UserID 3.56.
//
// API reference: https://docs.openstack.org/api-ref/block-storage/v3/#backups-backups
package backups
