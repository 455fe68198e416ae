package policies

import "github.com/cloudsdk/gophercloud"

// Policy is a stored policy document.
type Policy struct {
	// ID is the policy's ID.
	ID string `json:"id"`
	// Type is the blob's MIME type ("application/json").
	Type string `json:"type"`
	// Blob is the policy document itself, as the string it was stored.
	Blob string `json:"blob"`
	// Links holds the self link.
	Links map[string]string `json:"links"`
}

// GetResult is the result of Get; Extract returns the *Policy.
type GetResult = gophercloud.ItemResult[Policy]

// CreateResult is the result of Create; Extract returns the *Policy.
type CreateResult = gophercloud.ItemResult[Policy]

// UpdateResult is the result of Update; Extract returns the *Policy.
type UpdateResult = gophercloud.ItemResult[Policy]

// DeleteResult is the result of Delete.
type DeleteResult = gophercloud.ErrResult
