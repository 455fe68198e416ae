package domains

import "github.com/cloudsdk/gophercloud"

// Domain is a Keystone domain.
type Domain struct {
	// ID is the domain's ID.
	ID string `json:"id"`
	// Name is unique across the cloud.
	Name string `json:"name"`
	// Description is free text.
	Description string `json:"description"`
	// Enabled is false for a disabled domain, whose users cannot log in.
	Enabled bool `json:"enabled"`
	// Tags label the domain.
	Tags []string `json:"tags"`
	// Links holds the self link.
	Links map[string]string `json:"links"`
}

// GetResult is the result of Get; Extract returns the *Domain.
type GetResult = gophercloud.ItemResult[Domain]

// CreateResult is the result of Create; Extract returns the *Domain.
type CreateResult = gophercloud.ItemResult[Domain]

// UpdateResult is the result of Update; Extract returns the *Domain.
type UpdateResult = gophercloud.ItemResult[Domain]

// DeleteResult is the result of Delete.
type DeleteResult = gophercloud.ErrResult
