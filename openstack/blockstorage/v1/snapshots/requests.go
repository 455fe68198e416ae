package snapshots

import (
	"context"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/blockstorage/internal"
	"github.com/cloudsdk/gophercloud/pagination"
)

// ListOpts filters List; the zero value lists the project's snapshots.
type ListOpts struct {
	// AllTenants lists every project's snapshots (admin only).
	AllTenants bool `q:"all_tenants"`
	// Name filters on display_name.
	Name     string `q:"display_name"`
	Status   string `q:"status"`
	VolumeID string `q:"volume_id"`
}

// List returns a Pager over the snapshots in detail (GET
// /snapshots/detail); v1 answers in one page.
func List(c *gophercloud.ServiceClient, opts ListOpts) pagination.Pager[Snapshot] {
	return internal.List[Snapshot](c, kind, opts)
}

// Get shows one snapshot.
func Get(ctx context.Context, c *gophercloud.ServiceClient, id string) GetResult {
	return internal.Get[Snapshot](ctx, c, kind, id)
}

// CreateOpts describes a snapshot of VolumeID.
type CreateOpts struct {
	VolumeID string `json:"volume_id" required:"true"`
	// Name is sent as display_name.
	Name string `json:"display_name,omitempty"`
	// Description is sent as display_description.
	Description string            `json:"display_description,omitempty"`
	Metadata    map[string]string `json:"metadata,omitempty"`
	// Force snapshots an attached ("in-use") volume.
	Force bool `json:"force,omitempty"`
}

// Create snapshots a volume; the snapshot is "creating" until
// WaitForStatus sees "available".
func Create(ctx context.Context, c *gophercloud.ServiceClient, opts CreateOpts) CreateResult {
	return internal.Create[Snapshot](ctx, c, kind, opts, nil)
}

// UpdateOpts changes a snapshot's name or description; nil pointers
// leave a field as it is.
type UpdateOpts struct {
	Name        *string `json:"display_name,omitempty"`
	Description *string `json:"display_description,omitempty"`
}

// Update changes a snapshot.
func Update(ctx context.Context, c *gophercloud.ServiceClient, id string, opts UpdateOpts) UpdateResult {
	return internal.Update[Snapshot](ctx, c, kind, id, opts)
}

// Delete deletes a snapshot; WaitForStatus with "deleted" waits until it
// is gone.
func Delete(ctx context.Context, c *gophercloud.ServiceClient, id string) DeleteResult {
	return internal.Delete(ctx, c, kind, id, nil)
}

// WaitForStatus polls the snapshot every opts.Interval (default one
// second) until its status is status, it goes to an error state (a
// *blockstorage.ErrStatus), or ctx ends. "deleted" waits until it is gone.
func WaitForStatus(ctx context.Context, c *gophercloud.ServiceClient, id, status string, opts gophercloud.WaitOpts) error {
	return internal.WaitFor(ctx, c, kind, id, status, opts, func(s *Snapshot) string { return s.Status })
}
