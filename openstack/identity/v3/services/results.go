package services

import "github.com/cloudsdk/gophercloud"

// Service is a catalog service.
type Service struct {
	// ID is the service's ID.
	ID string `json:"id"`
	// Type is the service type ("compute", "identity", …).
	Type string `json:"type"`
	// Name is the service's name ("nova").
	Name string `json:"name"`
	// Description is free text.
	Description string `json:"description"`
	// Enabled is false for a service left out of tokens' catalogs.
	Enabled bool `json:"enabled"`
	// Links holds the self link.
	Links map[string]string `json:"links"`
}

// GetResult is the result of Get; Extract returns the *Service.
type GetResult = gophercloud.ItemResult[Service]

// CreateResult is the result of Create; Extract returns the *Service.
type CreateResult = gophercloud.ItemResult[Service]

// UpdateResult is the result of Update; Extract returns the *Service.
type UpdateResult = gophercloud.ItemResult[Service]

// DeleteResult is the result of Delete.
type DeleteResult = gophercloud.ErrResult
