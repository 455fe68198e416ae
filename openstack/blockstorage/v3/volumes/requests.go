package volumes

import (
	"context"
	"encoding/json"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/blockstorage/internal"
	"github.com/cloudsdk/gophercloud/pagination"
)

// MetadataFilter filters a list by metadata; it is sent as one JSON
// object (metadata={"k":"v"}), the form Cinder parses.
type MetadataFilter map[string]string

// MarshalText implements encoding.TextMarshaler.
func (m MetadataFilter) MarshalText() ([]byte, error) { return json.Marshal(map[string]string(m)) }

// ListOpts filters, sorts and pages List; the zero value lists the
// project's volumes, in Cinder's page size.
type ListOpts struct {
	// AllTenants lists every project's volumes (admin only).
	AllTenants bool `q:"all_tenants"`
	// ProjectID lists one project's volumes (admin, with AllTenants).
	ProjectID string `q:"project_id"`
	Name      string `q:"name"`
	Status    string `q:"status"`
	// Metadata lists the volumes carrying all these key/value pairs.
	Metadata MetadataFilter `q:"metadata"`
	// Sort is "key[:asc|desc][,key…]" ("name:asc,created_at:desc").
	Sort string `q:"sort"`
	// Limit is the page size; the pager follows volumes_links.
	Limit int `q:"limit"`
	// Marker is the ID of the last volume of the previous page.
	Marker string `q:"marker"`
	Offset int    `q:"offset"`
	// WithCount asks for the total count; microversion 3.45.
	WithCount bool `q:"with_count"`
}

// Validate implements gophercloud.Validator.
func (opts ListOpts) Validate() error {
	if opts.Limit < 0 || opts.Offset < 0 {
		return &gophercloud.ErrInvalidInput{Argument: "volumes.ListOpts", Value: opts.Limit, Reason: "Limit and Offset must not be negative"}
	}
	return nil
}

// List returns a Pager over the volumes in detail (GET /volumes/detail);
// it follows volumes_links from page to page.
// https://docs.openstack.org/api-ref/block-storage/v3/#list-accessible-volumes-with-details
func List(c *gophercloud.ServiceClient, opts ListOpts) pagination.Pager[Volume] {
	return internal.List[Volume](c, kind, opts)
}

// Get shows one volume.
// https://docs.openstack.org/api-ref/block-storage/v3/#show-a-volume-s-details
func Get(ctx context.Context, c *gophercloud.ServiceClient, id string) GetResult {
	return internal.Get[Volume](ctx, c, kind, id)
}

// CreateOpts describes a volume. Give Size alone for an empty volume, or
// one source: SnapshotID, SourceVolID, ImageRef or BackupID (3.47).
type CreateOpts struct {
	// Size in GiB; required unless a source gives it.
	Size             int    `json:"size,omitempty"`
	Name             string `json:"name,omitempty"`
	Description      string `json:"description,omitempty"`
	AvailabilityZone string `json:"availability_zone,omitempty"`
	// VolumeType is a type's name or ID.
	VolumeType string            `json:"volume_type,omitempty"`
	Metadata   map[string]string `json:"metadata,omitempty"`
	// SnapshotID creates the volume from a snapshot.
	SnapshotID string `json:"snapshot_id,omitempty"`
	// SourceVolID clones another volume.
	SourceVolID string `json:"source_volid,omitempty"`
	// ImageRef writes an image onto the volume.
	ImageRef string `json:"imageRef,omitempty"`
	// BackupID restores a backup into the new volume; 3.47.
	BackupID           string `json:"backup_id,omitempty"`
	ConsistencyGroupID string `json:"consistencygroup_id,omitempty"`
	// SchedulerHints are sent as OS-SCH-HNT:scheduler_hints, next to the
	// volume ("same_host": [id], "different_host": [id], …).
	SchedulerHints map[string]any `json:"-"`
}

// Validate implements gophercloud.Validator.
func (opts CreateOpts) Validate() error {
	return internal.ValidateSources("volumes.CreateOpts", opts.Size, opts.SnapshotID, opts.SourceVolID, opts.ImageRef, opts.BackupID)
}

// Create creates a volume; it is "creating" until WaitForStatus sees
// "available".
// https://docs.openstack.org/api-ref/block-storage/v3/#create-a-volume
func Create(ctx context.Context, c *gophercloud.ServiceClient, opts CreateOpts) CreateResult {
	var extra map[string]any
	if len(opts.SchedulerHints) > 0 {
		extra = map[string]any{"OS-SCH-HNT:scheduler_hints": opts.SchedulerHints}
	}
	return internal.Create[Volume](ctx, c, kind, opts, extra)
}

// UpdateOpts changes a volume's name, description or metadata; nil
// pointers leave a field as it is.
type UpdateOpts struct {
	Name        *string           `json:"name,omitempty"`
	Description *string           `json:"description,omitempty"`
	Metadata    map[string]string `json:"metadata,omitempty"`
}

// Update changes a volume.
// https://docs.openstack.org/api-ref/block-storage/v3/#update-a-volume
func Update(ctx context.Context, c *gophercloud.ServiceClient, id string, opts UpdateOpts) UpdateResult {
	return internal.Update[Volume](ctx, c, kind, id, opts)
}

// DeleteOpts tunes Delete; the zero value deletes a volume without
// snapshots.
type DeleteOpts struct {
	// Cascade deletes the volume's snapshots too.
	Cascade bool `q:"cascade"`
	// Force deletes a volume in any state; admin, microversion 3.23.
	Force bool `q:"force"`
}

// Delete deletes a volume; it is "deleting" until Get answers 404
// (WaitForStatus with "deleted").
// https://docs.openstack.org/api-ref/block-storage/v3/#delete-a-volume
func Delete(ctx context.Context, c *gophercloud.ServiceClient, id string, opts DeleteOpts) DeleteResult {
	return internal.Delete(ctx, c, kind, id, opts)
}

// GetMetadata shows a volume's metadata.
// https://docs.openstack.org/api-ref/block-storage/v3/#show-a-volume-s-metadata
func GetMetadata(ctx context.Context, c *gophercloud.ServiceClient, id string) MetadataResult {
	return internal.GetMetadata(ctx, c, kind, id)
}

// ReplaceMetadata replaces all of a volume's metadata with md.
// https://docs.openstack.org/api-ref/block-storage/v3/#update-a-volume-s-metadata
func ReplaceMetadata(ctx context.Context, c *gophercloud.ServiceClient, id string, md map[string]string) MetadataResult {
	return internal.SetMetadata(ctx, c, kind, id, md, true)
}

// UpdateMetadata adds md to a volume's metadata, keeping the other keys.
// https://docs.openstack.org/api-ref/block-storage/v3/#create-metadata-for-volume
func UpdateMetadata(ctx context.Context, c *gophercloud.ServiceClient, id string, md map[string]string) MetadataResult {
	return internal.SetMetadata(ctx, c, kind, id, md, false)
}

// DeleteMetadatum deletes one metadata key of a volume.
// https://docs.openstack.org/api-ref/block-storage/v3/#delete-a-volume-s-metadata
func DeleteMetadatum(ctx context.Context, c *gophercloud.ServiceClient, id, key string) DeleteResult {
	return internal.DeleteMetadatum(ctx, c, kind, id, key)
}

// WaitForStatus polls the volume every opts.Interval (default one second)
// until its status is status, it goes to an error state, or ctx ends. An
// error state gives a *blockstorage.ErrStatus with Cinder's reason. The
// status "deleted" waits until the volume is gone.
func WaitForStatus(ctx context.Context, c *gophercloud.ServiceClient, id, status string, opts gophercloud.WaitOpts) error {
	return internal.WaitFor(ctx, c, kind, id, status, opts, func(v *Volume) string { return v.Status })
}

func action(ctx context.Context, c *gophercloud.ServiceClient, id, name string, arg any) ActionResult {
	return ActionResult{Result: internal.Action(ctx, c, kind, id, name, arg)}
}

// ExtendOpts is the new size of a volume.
type ExtendOpts struct {
	// NewSize in GiB; larger than the current size.
	NewSize int `json:"new_size" required:"true"`
}

// Extend grows a volume (os-extend); the volume is "extending" and then
// "available" again, or "error_extending".
// https://docs.openstack.org/api-ref/block-storage/v3/#extend-a-volume-size
func Extend(ctx context.Context, c *gophercloud.ServiceClient, id string, opts ExtendOpts) ActionResult {
	return action(ctx, c, id, "os-extend", opts)
}

// Attach modes.
const (
	ModeReadWrite = "rw"
	ModeReadOnly  = "ro"
)

// AttachOpts records an attachment (os-attach). Give InstanceUUID or
// HostName.
type AttachOpts struct {
	// MountPoint is the device name ("/dev/vdb").
	MountPoint   string `json:"mountpoint" required:"true"`
	InstanceUUID string `json:"instance_uuid,omitempty" xor:"HostName"`
	HostName     string `json:"host_name,omitempty" xor:"InstanceUUID"`
	// Mode is ModeReadWrite (the default) or ModeReadOnly.
	Mode string `json:"mode,omitempty"`
}

// Validate implements gophercloud.Validator.
func (opts AttachOpts) Validate() error {
	switch opts.Mode {
	case "", ModeReadWrite, ModeReadOnly:
		return nil
	}
	return &gophercloud.ErrInvalidInput{Argument: "volumes.AttachOpts.Mode", Value: opts.Mode, Reason: `must be "rw" or "ro"`}
}

// Attach records that the volume is attached (os-attach). This is the
// bookkeeping call Nova makes; to attach a volume to a server, use
// compute's volumeattach.Create.
// https://docs.openstack.org/api-ref/block-storage/v3/#attach-volume-to-a-server
func Attach(ctx context.Context, c *gophercloud.ServiceClient, id string, opts AttachOpts) ActionResult {
	return action(ctx, c, id, "os-attach", opts)
}

// DetachOpts names the attachment to remove; the zero value detaches a
// volume with a single attachment.
type DetachOpts struct {
	AttachmentID string `json:"attachment_id,omitempty"`
}

// Detach records that the volume is detached (os-detach).
// https://docs.openstack.org/api-ref/block-storage/v3/#detach-volume-from-server
func Detach(ctx context.Context, c *gophercloud.ServiceClient, id string, opts DetachOpts) ActionResult {
	return action(ctx, c, id, "os-detach", opts)
}

// Reserve marks the volume "attaching" (os-reserve).
// https://docs.openstack.org/api-ref/block-storage/v3/#reserve-volume
func Reserve(ctx context.Context, c *gophercloud.ServiceClient, id string) ActionResult {
	return action(ctx, c, id, "os-reserve", nil)
}

// Unreserve undoes Reserve (os-unreserve).
// https://docs.openstack.org/api-ref/block-storage/v3/#unmark-volume-as-reserved
func Unreserve(ctx context.Context, c *gophercloud.ServiceClient, id string) ActionResult {
	return action(ctx, c, id, "os-unreserve", nil)
}

// BeginDetaching marks an attached volume "detaching" (os-begin_detaching).
// https://docs.openstack.org/api-ref/block-storage/v3/#update-volume-status-to-detaching
func BeginDetaching(ctx context.Context, c *gophercloud.ServiceClient, id string) ActionResult {
	return action(ctx, c, id, "os-begin_detaching", nil)
}

// RollDetaching puts a "detaching" volume back to "in-use"
// (os-roll_detaching).
// https://docs.openstack.org/api-ref/block-storage/v3/#roll-back-volume-status-to-in-use
func RollDetaching(ctx context.Context, c *gophercloud.ServiceClient, id string) ActionResult {
	return action(ctx, c, id, "os-roll_detaching", nil)
}

// SetReadOnly sets or clears the read-only flag (os-update_readonly_flag).
// https://docs.openstack.org/api-ref/block-storage/v3/#update-a-volume-s-read-only-access-mode-flag
func SetReadOnly(ctx context.Context, c *gophercloud.ServiceClient, id string, readonly bool) ActionResult {
	return action(ctx, c, id, "os-update_readonly_flag", struct {
		ReadOnly bool `json:"readonly"`
	}{readonly})
}

// SetBootable sets or clears the bootable flag (os-set_bootable).
// https://docs.openstack.org/api-ref/block-storage/v3/#update-a-volume-s-bootable-status
func SetBootable(ctx context.Context, c *gophercloud.ServiceClient, id string, bootable bool) ActionResult {
	return action(ctx, c, id, "os-set_bootable", struct {
		Bootable bool `json:"bootable"`
	}{bootable})
}

// Migration policies of a retype.
const (
	MigrationNever    = "never"
	MigrationOnDemand = "on-demand"
)

// RetypeOpts names the new type.
type RetypeOpts struct {
	// NewType is a volume type's name or ID.
	NewType string `json:"new_type" required:"true"`
	// MigrationPolicy is MigrationNever (the default) or
	// MigrationOnDemand, which lets Cinder move the data to another back
	// end.
	MigrationPolicy string `json:"migration_policy,omitempty"`
}

// Validate implements gophercloud.Validator.
func (opts RetypeOpts) Validate() error {
	switch opts.MigrationPolicy {
	case "", MigrationNever, MigrationOnDemand:
		return nil
	}
	return &gophercloud.ErrInvalidInput{Argument: "volumes.RetypeOpts.MigrationPolicy", Value: opts.MigrationPolicy, Reason: `must be "never" or "on-demand"`}
}

// Retype changes a volume's type (os-retype).
// https://docs.openstack.org/api-ref/block-storage/v3/#retype-a-volume
func Retype(ctx context.Context, c *gophercloud.ServiceClient, id string, opts RetypeOpts) ActionResult {
	return action(ctx, c, id, "os-retype", opts)
}

// UploadImageOpts describes the image UploadImage creates.
type UploadImageOpts struct {
	ImageName string `json:"image_name" required:"true"`
	// Force uploads an attached ("in-use") volume.
	Force bool `json:"force,omitempty"`
	// DiskFormat defaults to "raw", ContainerFormat to "bare".
	DiskFormat      string `json:"disk_format,omitempty"`
	ContainerFormat string `json:"container_format,omitempty"`
	// Visibility and Protected need microversion 3.1.
	Visibility string `json:"visibility,omitempty"`
	Protected  bool   `json:"protected,omitempty"`
}

// UploadImage copies a volume into a new Glance image
// (os-volume_upload_image); the volume is "uploading" meanwhile.
// https://docs.openstack.org/api-ref/block-storage/v3/#upload-volume-to-image
func UploadImage(ctx context.Context, c *gophercloud.ServiceClient, id string, opts UploadImageOpts) UploadImageResult {
	r := internal.Action(ctx, c, kind, id, "os-volume_upload_image", opts)
	return UploadImageResult{Result: r, Key: "os-volume_upload_image"}
}

// ResetStatusOpts are the states ResetStatus writes; the zero fields are
// left as they are.
type ResetStatusOpts struct {
	Status          string `json:"status,omitempty"`
	AttachStatus    string `json:"attach_status,omitempty"`
	MigrationStatus string `json:"migration_status,omitempty"`
}

// Validate implements gophercloud.Validator.
func (opts ResetStatusOpts) Validate() error {
	if opts == (ResetStatusOpts{}) {
		return &gophercloud.ErrMissingInput{Argument: "volumes.ResetStatusOpts.Status"}
	}
	return nil
}

// ResetStatus overwrites a volume's status in Cinder's database without
// touching the back end (os-reset_status); admin only.
// https://docs.openstack.org/api-ref/block-storage/v3/#reset-a-volume-s-statuses
func ResetStatus(ctx context.Context, c *gophercloud.ServiceClient, id string, opts ResetStatusOpts) ActionResult {
	return action(ctx, c, id, "os-reset_status", opts)
}

// ForceDelete deletes a volume whatever its state (os-force_delete);
// admin only.
// https://docs.openstack.org/api-ref/block-storage/v3/#force-delete-a-volume
func ForceDelete(ctx context.Context, c *gophercloud.ServiceClient, id string) ActionResult {
	return action(ctx, c, id, "os-force_delete", struct{}{})
}
