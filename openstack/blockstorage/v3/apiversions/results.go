package apiversions

import "github.com/cloudsdk/gophercloud"

// APIVersion is one API version of the service.
type APIVersion struct {
	// ID is "v3.0".
	ID string `json:"id"`
	// Status is "CURRENT", "SUPPORTED" or "DEPRECATED".
	Status string `json:"status"`
	// Version is the newest microversion ("3.70"), MinVersion the oldest.
	Version    string               `json:"version"`
	MinVersion string               `json:"min_version"`
	Updated    gophercloud.JSONTime `json:"updated"`
	Links      []gophercloud.Link   `json:"links"`
}

// ListResult is the result of List; Extract returns the versions.
type ListResult = gophercloud.ValueResult[[]APIVersion]
