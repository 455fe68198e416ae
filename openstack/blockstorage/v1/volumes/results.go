package volumes

import "github.com/cloudsdk/gophercloud"

// Attachment is one attachment of a v1 volume to a server.
type Attachment struct {
	ID       string `json:"id"`
	VolumeID string `json:"volume_id"`
	ServerID string `json:"server_id"`
	Device   string `json:"device"`
}

// Volume is a Cinder v1 volume.
type Volume struct {
	ID string `json:"id"`
	// Name is the volume's display_name.
	Name string `json:"display_name"`
	// Description is the volume's display_description.
	Description string `json:"display_description"`
	// Status is "creating", "available", "in-use", "error", …
	Status string `json:"status"`
	// Size is in GiB.
	Size             int                  `json:"size"`
	AvailabilityZone string               `json:"availability_zone"`
	CreatedAt        gophercloud.JSONTime `json:"created_at"`
	Attachments      []Attachment         `json:"attachments"`
	VolumeType       string               `json:"volume_type"`
	SnapshotID       string               `json:"snapshot_id"`
	SourceVolID      string               `json:"source_volid"`
	Metadata         map[string]string    `json:"metadata"`
	// Bootable is "true" or "false": Cinder sends a string.
	Bootable string `json:"bootable"`
}

// GetResult is the result of Get; Extract returns the *Volume.
type GetResult = gophercloud.ItemResult[Volume]

// CreateResult is the result of Create; Extract returns the *Volume.
type CreateResult = gophercloud.ItemResult[Volume]

// UpdateResult is the result of Update; Extract returns the *Volume.
type UpdateResult = gophercloud.ItemResult[Volume]

// DeleteResult is the result of Delete.
type DeleteResult = gophercloud.ErrResult
