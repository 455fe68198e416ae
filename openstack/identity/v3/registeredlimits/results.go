package registeredlimits

import "github.com/cloudsdk/gophercloud"

// RegisteredLimit is the default limit of one resource of one service.
type RegisteredLimit struct {
	// ID is the registered limit's ID.
	ID string `json:"id"`
	// ServiceID is the service that owns the resource.
	ServiceID string `json:"service_id"`
	// RegionID is the region it applies to; empty for every region.
	RegionID string `json:"region_id"`
	// ResourceName names the resource ("cores", "volumes").
	ResourceName string `json:"resource_name"`
	// DefaultLimit is what a project may use without a limit of its own;
	// -1 means unlimited.
	DefaultLimit int `json:"default_limit"`
	// Description is free text.
	Description string `json:"description"`
	// Links holds the self link.
	Links map[string]string `json:"links"`
}

// GetResult is the result of Get; Extract returns the *RegisteredLimit.
type GetResult = gophercloud.ItemResult[RegisteredLimit]

// CreateResult is the result of Create; Extract returns the created
// registered limits, in the order of the CreateOpts.
type CreateResult = gophercloud.ValueResult[[]RegisteredLimit]

// UpdateResult is the result of Update; Extract returns the *RegisteredLimit.
type UpdateResult = gophercloud.ItemResult[RegisteredLimit]

// DeleteResult is the result of Delete.
type DeleteResult = gophercloud.ErrResult
