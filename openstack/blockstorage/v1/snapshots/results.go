package snapshots

import "github.com/cloudsdk/gophercloud"

// Snapshot is a point-in-time copy of a v1 volume.
type Snapshot struct {
	ID string `json:"id"`
	// Name is the snapshot's display_name.
	Name string `json:"display_name"`
	// Description is the snapshot's display_description.
	Description string `json:"display_description"`
	// Status is "creating", "available", "deleting", "error", …
	Status   string `json:"status"`
	VolumeID string `json:"volume_id"`
	// Size is the volume's size in GiB.
	Size      int                  `json:"size"`
	CreatedAt gophercloud.JSONTime `json:"created_at"`
	Metadata  map[string]string    `json:"metadata"`
}

// GetResult is the result of Get; Extract returns the *Snapshot.
type GetResult = gophercloud.ItemResult[Snapshot]

// CreateResult is the result of Create; Extract returns the *Snapshot.
type CreateResult = gophercloud.ItemResult[Snapshot]

// UpdateResult is the result of Update; Extract returns the *Snapshot.
type UpdateResult = gophercloud.ItemResult[Snapshot]

// DeleteResult is the result of Delete.
type DeleteResult = gophercloud.ErrResult
