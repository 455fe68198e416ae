package volumes

import (
	"context"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/blockstorage/internal"
	"github.com/cloudsdk/gophercloud/pagination"
)

// ListOpts filters List; the zero value lists the project's volumes.
type ListOpts struct {
	// AllTenants lists every project's volumes (admin only).
	AllTenants bool `q:"all_tenants"`
	// Name filters on display_name.
	Name   string `q:"display_name"`
	Status string `q:"status"`
}

// List returns a Pager over the volumes in detail (GET /volumes/detail);
// v1 answers in one page.
func List(c *gophercloud.ServiceClient, opts ListOpts) pagination.Pager[Volume] {
	return internal.List[Volume](c, kind, opts)
}

// Get shows one volume.
func Get(ctx context.Context, c *gophercloud.ServiceClient, id string) GetResult {
	return internal.Get[Volume](ctx, c, kind, id)
}

// CreateOpts describes a v1 volume: Size alone for an empty one, or one
// source (SnapshotID, SourceVolID or ImageRef).
type CreateOpts struct {
	// Size in GiB; required unless a source gives it.
	Size int `json:"size,omitempty"`
	// Name is sent as display_name.
	Name string `json:"display_name,omitempty"`
	// Description is sent as display_description.
	Description      string            `json:"display_description,omitempty"`
	AvailabilityZone string            `json:"availability_zone,omitempty"`
	VolumeType       string            `json:"volume_type,omitempty"`
	Metadata         map[string]string `json:"metadata,omitempty"`
	SnapshotID       string            `json:"snapshot_id,omitempty"`
	SourceVolID      string            `json:"source_volid,omitempty"`
	ImageRef         string            `json:"imageRef,omitempty"`
}

// Validate implements gophercloud.Validator.
func (opts CreateOpts) Validate() error {
	return internal.ValidateSources("volumes.CreateOpts", opts.Size, opts.SnapshotID, opts.SourceVolID, opts.ImageRef)
}

// Create creates a volume; it is "creating" until WaitForStatus sees
// "available".
func Create(ctx context.Context, c *gophercloud.ServiceClient, opts CreateOpts) CreateResult {
	return internal.Create[Volume](ctx, c, kind, opts, nil)
}

// UpdateOpts changes a volume's name, description or metadata; nil
// pointers leave a field as it is.
type UpdateOpts struct {
	Name        *string           `json:"display_name,omitempty"`
	Description *string           `json:"display_description,omitempty"`
	Metadata    map[string]string `json:"metadata,omitempty"`
}

// Update changes a volume.
func Update(ctx context.Context, c *gophercloud.ServiceClient, id string, opts UpdateOpts) UpdateResult {
	return internal.Update[Volume](ctx, c, kind, id, opts)
}

// Delete deletes a volume; WaitForStatus with "deleted" waits until it is
// gone.
func Delete(ctx context.Context, c *gophercloud.ServiceClient, id string) DeleteResult {
	return internal.Delete(ctx, c, kind, id, nil)
}

// WaitForStatus polls the volume every opts.Interval (default one second)
// until its status is status, it goes to an error state (a
// *blockstorage.ErrStatus), or ctx ends. "deleted" waits until it is gone.
func WaitForStatus(ctx context.Context, c *gophercloud.ServiceClient, id, status string, opts gophercloud.WaitOpts) error {
	return internal.WaitFor(ctx, c, kind, id, status, opts, func(v *Volume) string { return v.Status })
}
