package snapshots

import (
	"context"

	"github.com/cloudsdk/gophercloud"
	ossnapshots "github.com/cloudsdk/gophercloud/openstack/blockstorage/v1/snapshots"
	"github.com/cloudsdk/gophercloud/pagination"
)

// Options, the same as OpenStack's.
type (
	// ListOpts filters List (Name, Status, VolumeID).
	ListOpts = ossnapshots.ListOpts
	// CreateOpts describes a snapshot of VolumeID.
	CreateOpts = ossnapshots.CreateOpts
	// UpdateOpts renames a snapshot or changes its description.
	UpdateOpts = ossnapshots.UpdateOpts
)

// List returns a Pager over the snapshots in detail; it does no I/O, so it
// takes no ctx.
func List(c *gophercloud.ServiceClient, opts ListOpts) pagination.Pager[Snapshot] {
	return ossnapshots.List(c, opts)
}

// Get shows one snapshot.
func Get(ctx context.Context, c *gophercloud.ServiceClient, id string) GetResult {
	return ossnapshots.Get(ctx, c, id)
}

// Create snapshots a volume; the snapshot is "creating" until
// WaitForStatus sees "available".
func Create(ctx context.Context, c *gophercloud.ServiceClient, opts CreateOpts) CreateResult {
	return ossnapshots.Create(ctx, c, opts)
}

// Update renames a snapshot or changes its description.
func Update(ctx context.Context, c *gophercloud.ServiceClient, id string, opts UpdateOpts) UpdateResult {
	return ossnapshots.Update(ctx, c, id, opts)
}

// Delete deletes a snapshot.
func Delete(ctx context.Context, c *gophercloud.ServiceClient, id string) DeleteResult {
	return ossnapshots.Delete(ctx, c, id)
}

// WaitForStatus polls a snapshot until it has status ("available",
// "deleted"), fails, or ctx ends.
func WaitForStatus(ctx context.Context, c *gophercloud.ServiceClient, id, status string, opts gophercloud.WaitOpts) error {
	return ossnapshots.WaitForStatus(ctx, c, id, status, opts)
}
