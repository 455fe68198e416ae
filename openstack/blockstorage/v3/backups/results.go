package backups

import "github.com/cloudsdk/gophercloud"

// Backup is a copy of a volume in the backup store.
type Backup struct {
	ID          string `json:"id"`
	Name        string `json:"name"`
	Description string `json:"description"`
	// Status is "creating", "available", "restoring", "deleting",
	// "error", …
	Status string `json:"status"`
	// FailReason says why the backup is in "error".
	FailReason          string               `json:"fail_reason"`
	VolumeID            string               `json:"volume_id"`
	SnapshotID          string               `json:"snapshot_id"`
	Size                int                  `json:"size"`
	ObjectCount         int                  `json:"object_count"`
	Container           string               `json:"container"`
	AvailabilityZone    string               `json:"availability_zone"`
	CreatedAt           gophercloud.JSONTime `json:"created_at"`
	UpdatedAt           gophercloud.JSONTime `json:"updated_at"`
	DataTimestamp       gophercloud.JSONTime `json:"data_timestamp"`
	IsIncremental       bool                 `json:"is_incremental"`
	HasDependentBackups bool                 `json:"has_dependent_backups"`
	Metadata            map[string]string    `json:"metadata"`
	UserID              string               `json:"user_id"`
	ProjectID           string               `json:"os-backup-project-attr:project_id"`
	Links               []gophercloud.Link   `json:"links"`
}

// Restored is the answer to Restore.
type Restored struct {
	BackupID   string `json:"backup_id"`
	VolumeID   string `json:"volume_id"`
	VolumeName string `json:"volume_name"`
}

// Record is an exported backup record, to import the backup elsewhere.
type Record struct {
	BackupService string `json:"backup_service"`
	BackupURL     string `json:"backup_url"`
}

// GetResult is the result of Get; Extract returns the *Backup.
type GetResult = gophercloud.ItemResult[Backup]

// CreateResult is the result of Create and Import; Extract returns the
// *Backup.
type CreateResult = gophercloud.ItemResult[Backup]

// UpdateResult is the result of Update; Extract returns the *Backup.
type UpdateResult = gophercloud.ItemResult[Backup]

// DeleteResult is the result of Delete.
type DeleteResult = gophercloud.ErrResult

// RestoreResult is the result of Restore; Extract returns the *Restored.
type RestoreResult = gophercloud.ItemResult[Restored]

// ExportResult is the result of Export; Extract returns the *Record.
type ExportResult = gophercloud.ItemResult[Record]

// ActionResult is the result of ResetStatus and ForceDelete.
type ActionResult = gophercloud.ErrResult
