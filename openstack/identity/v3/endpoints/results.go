package endpoints

import "github.com/cloudsdk/gophercloud"

// Interface is an endpoint's visibility.
type Interface string

// The three interfaces Keystone knows.
const (
	Public   Interface = "public"
	Internal Interface = "internal"
	Admin    Interface = "admin"
)

// Endpoint is one URL of a catalog service.
type Endpoint struct {
	// ID is the endpoint's ID.
	ID string `json:"id"`
	// Interface is public, internal or admin.
	Interface Interface `json:"interface"`
	// RegionID is the endpoint's region.
	RegionID string `json:"region_id"`
	// ServiceID is the service it belongs to.
	ServiceID string `json:"service_id"`
	// URL is the endpoint's URL.
	URL string `json:"url"`
	// Enabled is false for an endpoint left out of tokens' catalogs.
	Enabled bool `json:"enabled"`
	// Links holds the self link.
	Links map[string]string `json:"links"`
}

// GetResult is the result of Get; Extract returns the *Endpoint.
type GetResult = gophercloud.ItemResult[Endpoint]

// CreateResult is the result of Create; Extract returns the *Endpoint.
type CreateResult = gophercloud.ItemResult[Endpoint]

// UpdateResult is the result of Update; Extract returns the *Endpoint.
type UpdateResult = gophercloud.ItemResult[Endpoint]

// DeleteResult is the result of Delete.
type DeleteResult = gophercloud.ErrResult
