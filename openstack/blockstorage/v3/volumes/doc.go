// Package volumes manages Block Storage v3 (Cinder) volumes and their
// actions: create (empty, from a snapshot, an image, a backup or another
// volume), list, get, update, delete, metadata, and the
// POST /volumes/{id}/action calls (extend, attach bookkeeping, reserve,
// detach, read-only flag, retype, upload to an image, reset status, force
// delete).
//
//	v, err := volumes.Create(ctx, client, volumes.CreateOpts{Size: 1, Name: "data"}).Extract()
//	err = volumes.WaitForStatus(ctx, client, v.ID, "available", gophercloud.WaitOpts{})
//
// WaitForStatus stops at "error", "error_extending", "error_deleting" and
// the other error states with a *blockstorage.ErrStatus carrying Cinder's
// reason (its newest user message for the volume, microversion 3.3).
//
// Microversions (client.WithMicroversion): BackupID in CreateOpts 3.47,
// Cascade-free Force in DeleteOpts 3.23, WithCount in ListOpts 3.45,
// VolumeTypeID in Volume 3.63, ConsumesQuota 3.65, ClusterName 3.61,
// SharedTargets 3.48, GroupID 3.13, ProviderID 3.21, Visibility and
// Protected in UploadImageOpts 3.1. Attach, Detach, Reserve and friends
// are the "bookkeeping" actions Nova calls: they change what Cinder
// records, not what a hypervisor does.
//
// API reference: https://docs.openstack.org/api-ref/block-storage/v3/#volumes-volumes
package volumes
