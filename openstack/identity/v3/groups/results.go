package groups

import "github.com/cloudsdk/gophercloud"

// Group is a Keystone group of users.
type Group struct {
	// ID is the group's ID.
	ID string `json:"id"`
	// Name is unique within its domain.
	Name string `json:"name"`
	// DomainID is the owning domain.
	DomainID string `json:"domain_id"`
	// Description is free text.
	Description string `json:"description"`
	// Links holds the self link.
	Links map[string]string `json:"links"`
}

// GetResult is the result of Get; Extract returns the *Group.
type GetResult = gophercloud.ItemResult[Group]

// CreateResult is the result of Create; Extract returns the *Group.
type CreateResult = gophercloud.ItemResult[Group]

// UpdateResult is the result of Update; Extract returns the *Group.
type UpdateResult = gophercloud.ItemResult[Group]

// DeleteResult is the result of Delete.
type DeleteResult = gophercloud.ErrResult
