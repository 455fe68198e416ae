package volumes

import (
	"github.com/cloudsdk/gophercloud"
)

// Attachment is one attachment of a volume to a server.
type Attachment struct {
	// ID is the attachment's ID (the same as AttachmentID).
	ID string `json:"id"`
	// AttachmentID is the attachment's ID.
	AttachmentID string `json:"attachment_id"`
	// VolumeID is the attached volume.
	VolumeID string `json:"volume_id"`
	// ServerID is the server the volume is attached to.
	ServerID string `json:"server_id"`
	// HostName is the host, for attachments to a host rather than a server.
	HostName string `json:"host_name"`
	// Device is the device name the hypervisor reported ("/dev/vdb").
	Device string `json:"device"`
	// AttachedAt is when the attachment was made.
	AttachedAt gophercloud.JSONTime `json:"attached_at"`
}

// Volume is a Cinder volume.
type Volume struct {
	ID          string `json:"id"`
	Name        string `json:"name"`
	Description string `json:"description"`
	// Status is "creating", "available", "reserved", "attaching",
	// "in-use", "detaching", "extending", "deleting", "error", …
	Status string `json:"status"`
	// Size is in GiB.
	Size             int                  `json:"size"`
	AvailabilityZone string               `json:"availability_zone"`
	CreatedAt        gophercloud.JSONTime `json:"created_at"`
	UpdatedAt        gophercloud.JSONTime `json:"updated_at"`
	Attachments      []Attachment         `json:"attachments"`
	// VolumeType is the type's name.
	VolumeType string `json:"volume_type"`
	// VolumeTypeID is the type's ID; microversion 3.63.
	VolumeTypeID string `json:"volume_type_id"`
	// SnapshotID is the snapshot the volume was created from.
	SnapshotID string `json:"snapshot_id"`
	// SourceVolID is the volume this one was cloned from.
	SourceVolID string `json:"source_volid"`
	// BackupID is the backup the volume was restored from; 3.47.
	BackupID string            `json:"backup_id"`
	Metadata map[string]string `json:"metadata"`
	UserID   string            `json:"user_id"`
	// Bootable is "true" or "false": Cinder sends a string.
	Bootable           string `json:"bootable"`
	Encrypted          bool   `json:"encrypted"`
	ReplicationStatus  string `json:"replication_status"`
	ConsistencyGroupID string `json:"consistencygroup_id"`
	Multiattach        bool   `json:"multiattach"`
	// Host is the back end holding the volume (admin only).
	Host string `json:"os-vol-host-attr:host"`
	// TenantID is the owning project (admin only).
	TenantID string `json:"os-vol-tenant-attr:tenant_id"`
	// MigrationStatus is set while the volume migrates (admin only).
	MigrationStatus string `json:"os-vol-mig-status-attr:migstat"`
	// VolumeImageMetadata is the image's metadata for a volume created
	// from an image.
	VolumeImageMetadata map[string]string `json:"volume_image_metadata"`
	// GroupID is the group the volume belongs to; 3.13.
	GroupID string `json:"group_id"`
	// ProviderID is the back end's ID of the volume; 3.21.
	ProviderID    string `json:"provider_id"`
	ServiceUUID   string `json:"service_uuid"`
	SharedTargets bool   `json:"shared_targets"`
	ClusterName   string `json:"cluster_name"`
	// ConsumesQuota is false for temporary volumes; 3.65.
	ConsumesQuota bool               `json:"consumes_quota"`
	Links         []gophercloud.Link `json:"links"`
}

// GetResult is the result of Get; Extract returns the *Volume.
type GetResult = gophercloud.ItemResult[Volume]

// CreateResult is the result of Create; Extract returns the *Volume.
type CreateResult = gophercloud.ItemResult[Volume]

// UpdateResult is the result of Update; Extract returns the *Volume.
type UpdateResult = gophercloud.ItemResult[Volume]

// DeleteResult is the result of Delete.
type DeleteResult = gophercloud.ErrResult

// MetadataResult is the result of the metadata calls; Extract returns the
// map.
type MetadataResult = gophercloud.ValueResult[map[string]string]

// ActionResult is the result of an action without an answer body
// (extend, attach, detach, …).
type ActionResult = gophercloud.ErrResult

// VolumeImage describes the image UploadImage started to create.
type VolumeImage struct {
	ID              string               `json:"id"`
	ImageID         string               `json:"image_id"`
	ImageName       string               `json:"image_name"`
	DiskFormat      string               `json:"disk_format"`
	ContainerFormat string               `json:"container_format"`
	Status          string               `json:"status"`
	Size            int                  `json:"size"`
	Visibility      string               `json:"visibility"`
	Protected       bool                 `json:"protected"`
	UpdatedAt       gophercloud.JSONTime `json:"updated_at"`
}

// UploadImageResult is the result of UploadImage; Extract returns the
// *VolumeImage (its ImageID names the Glance image, which is "queued" or
// "saving" until Cinder has copied the data).
type UploadImageResult = gophercloud.ItemResult[VolumeImage]
