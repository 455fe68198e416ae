package migrations

import "github.com/cloudsdk/gophercloud"

// Endpoints are the hosts and nodes a migration goes from and to.
type Endpoints struct {
	// SourceCompute and SourceNode are where the server was.
	SourceCompute string `json:"source_compute"`
	SourceNode    string `json:"source_node"`
	// DestCompute, DestHost (its IP) and DestNode are where it goes.
	DestCompute string `json:"dest_compute"`
	DestHost    string `json:"dest_host"`
	DestNode    string `json:"dest_node"`
}

// Common are the fields every migration record carries.
type Common struct {
	// ID is the migration's integer ID.
	ID int `json:"id"`
	// UUID is its UUID; microversion 2.59.
	UUID string `json:"uuid"`
	// Status is "queued", "preparing", "running", "completed", "error", …
	Status string `json:"status"`
	// CreatedAt and UpdatedAt are its timestamps.
	CreatedAt gophercloud.JSONTime `json:"created_at"`
	UpdatedAt gophercloud.JSONTime `json:"updated_at"`
	// UserID and ProjectID say who started it; microversion 2.80.
	UserID    string `json:"user_id"`
	ProjectID string `json:"project_id"`
	// Endpoints are its source and destination.
	Endpoints
}

// Migration is one entry of List.
type Migration struct {
	Common
	// InstanceUUID is the server's ID.
	InstanceUUID string `json:"instance_uuid"`
	// MigrationType is one of the Type constants; microversion 2.23.
	MigrationType string `json:"migration_type"`
	// OldInstanceTypeID and NewInstanceTypeID are the flavor IDs before
	// and after (they differ for a resize).
	OldInstanceTypeID int `json:"old_instance_type_id"`
	NewInstanceTypeID int `json:"new_instance_type_id"`
	// Links point at the server's migration, for live migrations in
	// progress; microversion 2.23.
	Links []gophercloud.Link `json:"links"`
}

// ServerMigration is a live migration of one server in progress, with
// its progress counters (zero until the hypervisor reports them).
type ServerMigration struct {
	Common
	// ServerUUID is the server's ID.
	ServerUUID string `json:"server_uuid"`
	// Memory and disk transfer, in bytes.
	MemoryTotalBytes     int64 `json:"memory_total_bytes"`
	MemoryProcessedBytes int64 `json:"memory_processed_bytes"`
	MemoryRemainingBytes int64 `json:"memory_remaining_bytes"`
	DiskTotalBytes       int64 `json:"disk_total_bytes"`
	DiskProcessedBytes   int64 `json:"disk_processed_bytes"`
	DiskRemainingBytes   int64 `json:"disk_remaining_bytes"`
}

// GetServerResult is the result of GetServer; Extract returns the
// *ServerMigration.
type GetServerResult = gophercloud.ItemResult[ServerMigration]

// ActionResult is the result of ForceComplete and Abort.
type ActionResult = gophercloud.ErrResult
