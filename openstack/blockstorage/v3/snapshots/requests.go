package snapshots

import (
	"context"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/blockstorage/internal"
	"github.com/cloudsdk/gophercloud/pagination"
)

// ListOpts filters, sorts and pages List; the zero value lists the
// project's snapshots.
type ListOpts struct {
	AllTenants bool   `q:"all_tenants"`
	ProjectID  string `q:"project_id"`
	Name       string `q:"name"`
	Status     string `q:"status"`
	VolumeID   string `q:"volume_id"`
	// Sort is "key[:asc|desc][,key…]".
	Sort   string `q:"sort"`
	Limit  int    `q:"limit"`
	Marker string `q:"marker"`
	Offset int    `q:"offset"`
}

// List returns a Pager over the snapshots in detail; it follows
// snapshots_links.
// https://docs.openstack.org/api-ref/block-storage/v3/#list-snapshots-and-details
func List(c *gophercloud.ServiceClient, opts ListOpts) pagination.Pager[Snapshot] {
	return internal.List[Snapshot](c, kind, opts)
}

// Get shows one snapshot.
// https://docs.openstack.org/api-ref/block-storage/v3/#show-a-snapshot-s-details
func Get(ctx context.Context, c *gophercloud.ServiceClient, id string) GetResult {
	return internal.Get[Snapshot](ctx, c, kind, id)
}

// CreateOpts describes a snapshot.
type CreateOpts struct {
	VolumeID    string            `json:"volume_id" required:"true"`
	Name        string            `json:"name,omitempty"`
	Description string            `json:"description,omitempty"`
	Metadata    map[string]string `json:"metadata,omitempty"`
	// Force snapshots an attached ("in-use") volume.
	Force bool `json:"force,omitempty"`
}

// Create snapshots a volume; the snapshot is "creating" until
// WaitForStatus sees "available".
// https://docs.openstack.org/api-ref/block-storage/v3/#create-a-snapshot
func Create(ctx context.Context, c *gophercloud.ServiceClient, opts CreateOpts) CreateResult {
	return internal.Create[Snapshot](ctx, c, kind, opts, nil)
}

// UpdateOpts changes a snapshot's name or description; nil leaves a field
// as it is.
type UpdateOpts struct {
	Name        *string `json:"name,omitempty"`
	Description *string `json:"description,omitempty"`
}

// Update changes a snapshot.
// https://docs.openstack.org/api-ref/block-storage/v3/#update-a-snapshot
func Update(ctx context.Context, c *gophercloud.ServiceClient, id string, opts UpdateOpts) UpdateResult {
	return internal.Update[Snapshot](ctx, c, kind, id, opts)
}

// Delete deletes a snapshot.
// https://docs.openstack.org/api-ref/block-storage/v3/#delete-a-snapshot
func Delete(ctx context.Context, c *gophercloud.ServiceClient, id string) DeleteResult {
	return internal.Delete(ctx, c, kind, id, nil)
}

// GetMetadata shows a snapshot's metadata.
// https://docs.openstack.org/api-ref/block-storage/v3/#show-a-snapshot-s-metadata
func GetMetadata(ctx context.Context, c *gophercloud.ServiceClient, id string) MetadataResult {
	return internal.GetMetadata(ctx, c, kind, id)
}

// ReplaceMetadata replaces all of a snapshot's metadata with md.
// https://docs.openstack.org/api-ref/block-storage/v3/#update-a-snapshot-s-metadata
func ReplaceMetadata(ctx context.Context, c *gophercloud.ServiceClient, id string, md map[string]string) MetadataResult {
	return internal.SetMetadata(ctx, c, kind, id, md, true)
}

// UpdateMetadata adds md to a snapshot's metadata.
// https://docs.openstack.org/api-ref/block-storage/v3/#create-a-snapshot-s-metadata
func UpdateMetadata(ctx context.Context, c *gophercloud.ServiceClient, id string, md map[string]string) MetadataResult {
	return internal.SetMetadata(ctx, c, kind, id, md, false)
}

// DeleteMetadatum deletes one metadata key of a snapshot.
// https://docs.openstack.org/api-ref/block-storage/v3/#delete-a-snapshot-s-metadata
func DeleteMetadatum(ctx context.Context, c *gophercloud.ServiceClient, id, key string) DeleteResult {
	return internal.DeleteMetadatum(ctx, c, kind, id, key)
}

// WaitForStatus polls the snapshot every opts.Interval (default one
// second) until its status is status, it goes to an error state (a
// *blockstorage.ErrStatus with Cinder's reason), or ctx ends. "deleted"
// waits until the snapshot is gone.
func WaitForStatus(ctx context.Context, c *gophercloud.ServiceClient, id, status string, opts gophercloud.WaitOpts) error {
	return internal.WaitFor(ctx, c, kind, id, status, opts, func(v *Snapshot) string { return v.Status })
}
