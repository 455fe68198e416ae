// Package bootfromvolume boots Rackspace Cloud Servers from a Cloud Block
// Storage volume instead of the host's local disk: from a new volume made
// from an image or a snapshot, or from an existing bootable volume. It
// wraps servers.CreateOpts and builds the block_device_mapping_v2 entry of
// the root disk, so the call is servers.Create as usual:
//
//	s, err := bootfromvolume.Create(ctx, compute, bootfromvolume.CreateOpts{
//		CreateOpts: servers.CreateOpts{Name: "db1", FlavorRef: "compute1-4"},
//		ImageID:    ubuntuID,
//		VolumeSize: 100,
//		DeleteOnTermination: true,
//	}).Extract()
//
// Leave CreateOpts.ImageRef empty: the image goes in ImageID. Flavors
// without a local root disk (compute1, memory1) can only boot this way.
//
// API reference: https://docs.rackspace.com/docs/cloud-servers/v2/api-reference/svr-basic-operations#create-server
package bootfromvolume
