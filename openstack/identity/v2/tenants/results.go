package tenants

import "github.com/cloudsdk/gophercloud"

// Tenant is a Keystone v2.0 tenant, the v2 name of a v3 project.
type Tenant struct {
	// ID identifies the tenant; a token is scoped to it.
	ID string `json:"id"`
	// Name is unique in the cloud.
	Name string `json:"name"`
	// Description is free text ("" when the service keeps none).
	Description string `json:"description,omitempty"`
	// Enabled is false for a tenant whose users cannot get tokens
	// scoped to it.
	Enabled bool `json:"enabled"`
}

// GetResult is the result of Get and GetByName; Extract returns the
// *Tenant.
type GetResult = gophercloud.ItemResult[Tenant]

// CreateResult is the result of Create; Extract returns the *Tenant.
type CreateResult = gophercloud.ItemResult[Tenant]

// UpdateResult is the result of Update; Extract returns the *Tenant.
type UpdateResult = gophercloud.ItemResult[Tenant]

// DeleteResult is the result of Delete; ExtractErr reports its error.
type DeleteResult = gophercloud.ErrResult
