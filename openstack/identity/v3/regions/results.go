package regions

import "github.com/cloudsdk/gophercloud"

// Region is a Keystone region.
type Region struct {
	// ID is the region's name ("RegionOne").
	ID string `json:"id"`
	// Description is free text.
	Description string `json:"description"`
	// ParentRegionID is the enclosing region, if any.
	ParentRegionID string `json:"parent_region_id"`
	// Links holds the self link.
	Links map[string]string `json:"links"`
}

// GetResult is the result of Get; Extract returns the *Region.
type GetResult = gophercloud.ItemResult[Region]

// CreateResult is the result of Create; Extract returns the *Region.
type CreateResult = gophercloud.ItemResult[Region]

// UpdateResult is the result of Update; Extract returns the *Region.
type UpdateResult = gophercloud.ItemResult[Region]

// DeleteResult is the result of Delete.
type DeleteResult = gophercloud.ErrResult
