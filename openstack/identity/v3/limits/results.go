package limits

import "github.com/cloudsdk/gophercloud"

// Limit is the limit of one resource for one project or domain.
type Limit struct {
	// ID is the limit's ID.
	ID string `json:"id"`
	// ProjectID or DomainID is what the limit applies to; the other is
	// empty.
	ProjectID string `json:"project_id"`
	DomainID  string `json:"domain_id"`
	// ServiceID is the service that owns the resource.
	ServiceID string `json:"service_id"`
	// RegionID is the region it applies to; empty for every region.
	RegionID string `json:"region_id"`
	// ResourceName names the resource ("cores", "volumes").
	ResourceName string `json:"resource_name"`
	// ResourceLimit is what the project or domain may use; -1 means
	// unlimited.
	ResourceLimit int `json:"resource_limit"`
	// Description is free text.
	Description string `json:"description"`
	// Links holds the self link.
	Links map[string]string `json:"links"`
}

// Model is the enforcement model the cloud applies to limits.
type Model struct {
	// Name is "flat" (every project on its own) or "strict-two-level"
	// (a parent's limit caps its children's).
	Name string `json:"name"`
	// Description explains the model.
	Description string `json:"description"`
}

// GetResult is the result of Get; Extract returns the *Limit.
type GetResult = gophercloud.ItemResult[Limit]

// CreateResult is the result of Create; Extract returns the created
// limits, in the order of the CreateOpts.
type CreateResult = gophercloud.ValueResult[[]Limit]

// UpdateResult is the result of Update; Extract returns the *Limit.
type UpdateResult = gophercloud.ItemResult[Limit]

// DeleteResult is the result of Delete.
type DeleteResult = gophercloud.ErrResult

// ModelResult is the result of GetModel; Extract returns the *Model.
type ModelResult = gophercloud.ItemResult[Model]
