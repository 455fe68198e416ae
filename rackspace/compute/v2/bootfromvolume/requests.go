package bootfromvolume

import (
	"context"

	"github.com/cloudsdk/gophercloud"
	osservers "github.com/cloudsdk/gophercloud/openstack/compute/v2/servers"
	"github.com/cloudsdk/gophercloud/rackspace/compute/v2/servers"
)

// CreateOpts describes a server whose root disk is a volume. Set exactly
// one of ImageID, SnapshotID and VolumeID.
type CreateOpts struct {
	// CreateOpts holds the server's other options; its ImageRef must be
	// empty. Further BlockDevice entries (data volumes) are kept after the
	// root disk.
	servers.CreateOpts
	// ImageID builds a new root volume from this image; VolumeSize is then
	// required.
	ImageID string
	// SnapshotID builds a new root volume from this volume snapshot.
	SnapshotID string
	// VolumeID boots this existing bootable volume.
	VolumeID string
	// VolumeSize is the size in GiB of a new root volume.
	VolumeSize int
	// DeleteOnTermination deletes the root volume with the server.
	DeleteOnTermination bool
}

// Validate checks the root-disk options.
func (opts CreateOpts) Validate() error {
	set := 0
	for _, s := range []string{opts.ImageID, opts.SnapshotID, opts.VolumeID} {
		if s != "" {
			set++
		}
	}
	switch {
	case set == 0:
		return &gophercloud.ErrMissingInput{Argument: "bootfromvolume.CreateOpts.ImageID, SnapshotID or VolumeID"}
	case set > 1:
		return &gophercloud.ErrInvalidInput{Argument: "bootfromvolume.CreateOpts.ImageID", Reason: "set only one of ImageID, SnapshotID and VolumeID"}
	case opts.CreateOpts.ImageRef != "":
		return &gophercloud.ErrInvalidInput{Argument: "bootfromvolume.CreateOpts.CreateOpts.ImageRef", Value: opts.CreateOpts.ImageRef, Reason: "put the image in ImageID to boot from a volume"}
	case opts.ImageID != "" && opts.VolumeSize <= 0:
		return &gophercloud.ErrMissingInput{Argument: "bootfromvolume.CreateOpts.VolumeSize"}
	case opts.VolumeSize < 0:
		return &gophercloud.ErrInvalidInput{Argument: "bootfromvolume.CreateOpts.VolumeSize", Value: opts.VolumeSize, Reason: "must not be negative"}
	case opts.VolumeID != "" && opts.VolumeSize != 0:
		return &gophercloud.ErrInvalidInput{Argument: "bootfromvolume.CreateOpts.VolumeSize", Value: opts.VolumeSize, Reason: "an existing volume keeps its size"}
	}
	return nil
}

// ToServerCreateMap checks the options and builds the body: the server's
// options with the root volume first in block_device_mapping_v2.
func (opts CreateOpts) ToServerCreateMap() (map[string]any, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	root := osservers.BlockDevice{
		DestinationType:     "volume",
		BootIndex:           new(int),
		VolumeSize:          opts.VolumeSize,
		DeleteOnTermination: opts.DeleteOnTermination,
	}
	switch {
	case opts.ImageID != "":
		root.SourceType, root.UUID = "image", opts.ImageID
	case opts.SnapshotID != "":
		root.SourceType, root.UUID = "snapshot", opts.SnapshotID
	default:
		root.SourceType, root.UUID = "volume", opts.VolumeID
	}
	inner := opts.CreateOpts
	inner.BlockDevice = append([]osservers.BlockDevice{root}, inner.BlockDevice...)
	return inner.ToServerCreateMap()
}

// Create boots a server from a volume; see servers.Create.
func Create(ctx context.Context, c *gophercloud.ServiceClient, opts CreateOpts) servers.CreateResult {
	return servers.Create(ctx, c, opts)
}
