package volumes

import (
	"context"
	"strconv"

	"github.com/cloudsdk/gophercloud"
	osvolumes "github.com/cloudsdk/gophercloud/openstack/blockstorage/v1/volumes"
	"github.com/cloudsdk/gophercloud/pagination"
)

// Rackspace's volume types.
const (
	SATA = "SATA"
	SSD  = "SSD"
)

// Size limits of a Rackspace volume, in GiB.
const (
	MinSizeSATA = 75
	MinSizeSSD  = 50
	MaxSize     = 1024
)

// ListOpts filters List (Name, Status); the zero value lists the
// account's volumes.
type ListOpts = osvolumes.ListOpts

// UpdateOpts renames a volume or changes its description or metadata.
type UpdateOpts = osvolumes.UpdateOpts

// CreateOpts describes a volume: the OpenStack options, with Rackspace's
// types and sizes checked by Validate.
type CreateOpts osvolumes.CreateOpts

// Validate checks Rackspace's rules, then OpenStack's; Create calls it.
func (opts CreateOpts) Validate() error {
	minSize := MinSizeSATA
	switch opts.VolumeType {
	case "", SATA:
	case SSD:
		minSize = MinSizeSSD
	default:
		return &gophercloud.ErrInvalidInput{Argument: "volumes.CreateOpts.VolumeType", Value: opts.VolumeType, Reason: `must be "SATA" or "SSD"`}
	}
	// A volume from a snapshot or another volume takes its source's size
	// unless Size is given.
	fromSource := opts.SnapshotID != "" || opts.SourceVolID != ""
	if (opts.Size != 0 || !fromSource) && (opts.Size < minSize || opts.Size > MaxSize) {
		return &gophercloud.ErrInvalidInput{Argument: "volumes.CreateOpts.Size", Value: opts.Size,
			Reason: "a Rackspace " + typeName(opts.VolumeType) + " volume is " + strconv.Itoa(minSize) + " to 1024 GiB"}
	}
	return osvolumes.CreateOpts(opts).Validate()
}

func typeName(t string) string {
	if t == "" {
		return SATA
	}
	return t
}

// List returns a Pager over the volumes in detail; it does no I/O, so it
// takes no ctx.
func List(c *gophercloud.ServiceClient, opts ListOpts) pagination.Pager[Volume] {
	return osvolumes.List(c, opts)
}

// Get shows one volume.
func Get(ctx context.Context, c *gophercloud.ServiceClient, id string) GetResult {
	return osvolumes.Get(ctx, c, id)
}

// Create checks opts against Rackspace's limits and creates the volume;
// it is "creating" until WaitForStatus sees "available".
func Create(ctx context.Context, c *gophercloud.ServiceClient, opts CreateOpts) CreateResult {
	if err := opts.Validate(); err != nil {
		return CreateResult{Result: gophercloud.Result{Err: err}}
	}
	return osvolumes.Create(ctx, c, osvolumes.CreateOpts(opts))
}

// Update changes a volume's name, description or metadata.
func Update(ctx context.Context, c *gophercloud.ServiceClient, id string, opts UpdateOpts) UpdateResult {
	return osvolumes.Update(ctx, c, id, opts)
}

// Delete deletes a volume, which must have no snapshots and not be
// attached.
func Delete(ctx context.Context, c *gophercloud.ServiceClient, id string) DeleteResult {
	return osvolumes.Delete(ctx, c, id)
}

// WaitForStatus polls a volume until it has status ("available",
// "in-use", "deleted"), fails, or ctx ends.
func WaitForStatus(ctx context.Context, c *gophercloud.ServiceClient, id, status string, opts gophercloud.WaitOpts) error {
	return osvolumes.WaitForStatus(ctx, c, id, status, opts)
}
