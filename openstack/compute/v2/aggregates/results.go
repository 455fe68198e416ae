package aggregates

import "github.com/cloudsdk/gophercloud"

// Aggregate is a group of compute hosts.
type Aggregate struct {
	// ID addresses the aggregate in every call.
	ID int `json:"id"`
	// UUID is its UUID; microversion 2.41.
	UUID string `json:"uuid"`
	// Name is its unique name.
	Name string `json:"name"`
	// AvailabilityZone is the zone its hosts form, "" for none.
	AvailabilityZone string `json:"availability_zone"`
	// Hosts are its compute hosts.
	Hosts []string `json:"hosts"`
	// Metadata is matched by the scheduler's filters.
	Metadata map[string]string `json:"metadata"`
	// CreatedAt, UpdatedAt and DeletedAt are its timestamps (zero when
	// unset); Deleted is always false for an aggregate one can see.
	CreatedAt gophercloud.JSONTime `json:"created_at"`
	UpdatedAt gophercloud.JSONTime `json:"updated_at"`
	DeletedAt gophercloud.JSONTime `json:"deleted_at"`
	Deleted   bool                 `json:"deleted"`
}

// CreateResult is the result of Create; Extract returns the new
// *Aggregate.
type CreateResult = gophercloud.ItemResult[Aggregate]

// GetResult is the result of Get; Extract returns the *Aggregate.
type GetResult = gophercloud.ItemResult[Aggregate]

// UpdateResult is the result of Update; Extract returns the changed
// *Aggregate.
type UpdateResult = gophercloud.ItemResult[Aggregate]

// ActionResult is the result of AddHost, RemoveHost and SetMetadata;
// Extract returns the *Aggregate after the change.
type ActionResult = gophercloud.ItemResult[Aggregate]

// DeleteResult is the result of Delete.
type DeleteResult = gophercloud.ErrResult
