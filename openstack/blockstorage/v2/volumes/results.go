package volumes

import (
	"github.com/cloudsdk/gophercloud"
)

// Attachment is one attachment of a volume to a server.
type Attachment struct {
	ID           string               `json:"id"`
	AttachmentID string               `json:"attachment_id"`
	VolumeID     string               `json:"volume_id"`
	ServerID     string               `json:"server_id"`
	HostName     string               `json:"host_name"`
	Device       string               `json:"device"`
	AttachedAt   gophercloud.JSONTime `json:"attached_at"`
}

// Volume is a Cinder v2 volume.
type Volume struct {
	ID          string `json:"id"`
	Name        string `json:"name"`
	Description string `json:"description"`
	// Status is "creating", "available", "in-use", "extending", "error", …
	Status string `json:"status"`
	// Size is in GiB.
	Size             int                  `json:"size"`
	AvailabilityZone string               `json:"availability_zone"`
	CreatedAt        gophercloud.JSONTime `json:"created_at"`
	UpdatedAt        gophercloud.JSONTime `json:"updated_at"`
	Attachments      []Attachment         `json:"attachments"`
	// VolumeType is the type's name.
	VolumeType  string            `json:"volume_type"`
	SnapshotID  string            `json:"snapshot_id"`
	SourceVolID string            `json:"source_volid"`
	Metadata    map[string]string `json:"metadata"`
	UserID      string            `json:"user_id"`
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
	// VolumeImageMetadata is the image's metadata for a volume created
	// from an image.
	VolumeImageMetadata map[string]string  `json:"volume_image_metadata"`
	Links               []gophercloud.Link `json:"links"`
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

// ActionResult is the result of an action without an answer body.
type ActionResult = gophercloud.ErrResult
