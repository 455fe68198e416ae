// Package volumes manages Rackspace Cloud Block Storage volumes. It is
// openstack/blockstorage/v1/volumes on a rackspace.NewBlockStorageV1
// client (the catalog's cloudBlockStorage service), with Rackspace's
// volume types and size limits checked before any request: SATA volumes
// are 75 to 1024 GiB, SSD volumes 50 to 1024 GiB; without a type Rackspace
// makes a SATA volume.
//
//	bs, err := rackspace.NewBlockStorageV1(provider, gophercloud.EndpointOpts{Region: "DFW"})
//	v, err := volumes.Create(ctx, bs, volumes.CreateOpts{Size: 100, Name: "data", VolumeType: volumes.SSD}).Extract()
//	err = volumes.WaitForStatus(ctx, bs, v.ID, "available", gophercloud.WaitOpts{})
//
// Attach a volume to a server with openstack/compute/v2/volumeattach on
// the Cloud Servers client, or boot from one with
// rackspace/compute/v2/bootfromvolume.
//
// API reference: https://docs.rackspace.com/docs/cloud-block-storage/v1/api-reference/volumes
package volumes
