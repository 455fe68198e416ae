package volumes

import (
	"context"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/blockstorage/internal"
	"github.com/cloudsdk/gophercloud/pagination"
)

// ListOpts filters, sorts and pages List; the zero value lists the
// project's volumes.
type ListOpts struct {
	// AllTenants lists every project's volumes (admin only).
	AllTenants bool   `q:"all_tenants"`
	Name       string `q:"name"`
	Status     string `q:"status"`
	// Sort is "key[:asc|desc][,key…]".
	Sort string `q:"sort"`
	// Limit is the page size; the pager follows volumes_links.
	Limit int `q:"limit"`
	// Marker is the ID of the last volume of the previous page.
	Marker string `q:"marker"`
}

// Validate implements gophercloud.Validator.
func (opts ListOpts) Validate() error {
	if opts.Limit < 0 {
		return &gophercloud.ErrInvalidInput{Argument: "volumes.ListOpts.Limit", Value: opts.Limit, Reason: "must not be negative"}
	}
	return nil
}

// List returns a Pager over the volumes in detail (GET /volumes/detail).
// https://docs.openstack.org/api-ref/block-storage/v2/#list-volumes-with-details
func List(c *gophercloud.ServiceClient, opts ListOpts) pagination.Pager[Volume] {
	return internal.List[Volume](c, kind, opts)
}

// Get shows one volume.
// https://docs.openstack.org/api-ref/block-storage/v2/#show-volume-details
func Get(ctx context.Context, c *gophercloud.ServiceClient, id string) GetResult {
	return internal.Get[Volume](ctx, c, kind, id)
}

// CreateOpts describes a volume: Size alone for an empty one, or one
// source (SnapshotID, SourceVolID or ImageRef).
type CreateOpts struct {
	// Size in GiB; required unless a source gives it.
	Size             int               `json:"size,omitempty"`
	Name             string            `json:"name,omitempty"`
	Description      string            `json:"description,omitempty"`
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
// https://docs.openstack.org/api-ref/block-storage/v2/#create-volume
func Create(ctx context.Context, c *gophercloud.ServiceClient, opts CreateOpts) CreateResult {
	return internal.Create[Volume](ctx, c, kind, opts, nil)
}

// UpdateOpts changes a volume's name, description or metadata; nil
// pointers leave a field as it is.
type UpdateOpts struct {
	Name        *string           `json:"name,omitempty"`
	Description *string           `json:"description,omitempty"`
	Metadata    map[string]string `json:"metadata,omitempty"`
}

// Update changes a volume.
// https://docs.openstack.org/api-ref/block-storage/v2/#update-volume
func Update(ctx context.Context, c *gophercloud.ServiceClient, id string, opts UpdateOpts) UpdateResult {
	return internal.Update[Volume](ctx, c, kind, id, opts)
}

// DeleteOpts tunes Delete; the zero value deletes a volume without
// snapshots.
type DeleteOpts struct {
	// Cascade deletes the volume's snapshots too.
	Cascade bool `q:"cascade"`
}

// Delete deletes a volume; it is "deleting" until Get answers 404
// (WaitForStatus with "deleted").
// https://docs.openstack.org/api-ref/block-storage/v2/#delete-volume
func Delete(ctx context.Context, c *gophercloud.ServiceClient, id string, opts DeleteOpts) DeleteResult {
	return internal.Delete(ctx, c, kind, id, opts)
}

// GetMetadata shows a volume's metadata.
// https://docs.openstack.org/api-ref/block-storage/v2/#show-volume-metadata
func GetMetadata(ctx context.Context, c *gophercloud.ServiceClient, id string) MetadataResult {
	return internal.GetMetadata(ctx, c, kind, id)
}

// ReplaceMetadata replaces all of a volume's metadata with md.
// https://docs.openstack.org/api-ref/block-storage/v2/#update-volume-metadata
func ReplaceMetadata(ctx context.Context, c *gophercloud.ServiceClient, id string, md map[string]string) MetadataResult {
	return internal.SetMetadata(ctx, c, kind, id, md, true)
}

// UpdateMetadata adds md to a volume's metadata, keeping the other keys.
// https://docs.openstack.org/api-ref/block-storage/v2/#create-volume-metadata
func UpdateMetadata(ctx context.Context, c *gophercloud.ServiceClient, id string, md map[string]string) MetadataResult {
	return internal.SetMetadata(ctx, c, kind, id, md, false)
}

// DeleteMetadatum deletes one metadata key of a volume.
// https://docs.openstack.org/api-ref/block-storage/v2/#delete-volume-metadata
func DeleteMetadatum(ctx context.Context, c *gophercloud.ServiceClient, id, key string) DeleteResult {
	return internal.DeleteMetadatum(ctx, c, kind, id, key)
}

// WaitForStatus polls the volume every opts.Interval (default one second)
// until its status is status, it goes to an error state (a
// *blockstorage.ErrStatus), or ctx ends. "deleted" waits until it is gone.
func WaitForStatus(ctx context.Context, c *gophercloud.ServiceClient, id, status string, opts gophercloud.WaitOpts) error {
	return internal.WaitFor(ctx, c, kind, id, status, opts, func(v *Volume) string { return v.Status })
}

// ExtendOpts is the new size of a volume.
type ExtendOpts struct {
	// NewSize in GiB; larger than the current size.
	NewSize int `json:"new_size" required:"true"`
}

// Extend grows a volume (os-extend).
// https://docs.openstack.org/api-ref/block-storage/v2/#extend-volume-size
func Extend(ctx context.Context, c *gophercloud.ServiceClient, id string, opts ExtendOpts) ActionResult {
	return ActionResult{Result: internal.Action(ctx, c, kind, id, "os-extend", opts)}
}

// ResetStatusOpts are the states ResetStatus writes; Status is required.
type ResetStatusOpts struct {
	Status       string `json:"status" required:"true"`
	AttachStatus string `json:"attach_status,omitempty"`
}

// ResetStatus overwrites a volume's status in Cinder's database
// (os-reset_status); admin only.
// https://docs.openstack.org/api-ref/block-storage/v2/#reset-volume-statuses
func ResetStatus(ctx context.Context, c *gophercloud.ServiceClient, id string, opts ResetStatusOpts) ActionResult {
	return ActionResult{Result: internal.Action(ctx, c, kind, id, "os-reset_status", opts)}
}
