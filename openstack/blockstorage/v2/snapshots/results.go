package snapshots

import (
	"github.com/cloudsdk/gophercloud"
)

// Snapshot is a point-in-time copy of a volume.
type Snapshot struct {
	ID          string `json:"id"`
	Name        string `json:"name"`
	Description string `json:"description"`
	// Status is "creating", "available", "deleting", "error", …
	Status   string `json:"status"`
	VolumeID string `json:"volume_id"`
	// Size is the volume's size in GiB.
	Size      int                  `json:"size"`
	CreatedAt gophercloud.JSONTime `json:"created_at"`
	UpdatedAt gophercloud.JSONTime `json:"updated_at"`
	Metadata  map[string]string    `json:"metadata"`
	// Progress is a percentage ("100%").
	Progress string `json:"os-extended-snapshot-attributes:progress"`
	// ProjectID is the owner.
	ProjectID string `json:"os-extended-snapshot-attributes:project_id"`
}

// GetResult is the result of Get; Extract returns the *Snapshot.
type GetResult = gophercloud.ItemResult[Snapshot]

// CreateResult is the result of Create; Extract returns the *Snapshot.
type CreateResult = gophercloud.ItemResult[Snapshot]

// UpdateResult is the result of Update; Extract returns the *Snapshot.
type UpdateResult = gophercloud.ItemResult[Snapshot]

// DeleteResult is the result of Delete.
type DeleteResult = gophercloud.ErrResult

// MetadataResult is the result of the metadata calls; Extract returns the
// map.
type MetadataResult = gophercloud.ValueResult[map[string]string]
