package apiversions

import "github.com/cloudsdk/gophercloud"

// APIVersion is one API version of Neutron.
type APIVersion struct {
	// ID is "v2.0".
	ID string `json:"id"`
	// Status is "CURRENT" (or "SUPPORTED", "DEPRECATED").
	Status string             `json:"status"`
	Links  []gophercloud.Link `json:"links"`
}

// Resource is one resource collection of the v2.0 API.
type Resource struct {
	// Name is the singular name ("network"), Collection the plural one
	// used in URLs ("networks").
	Name       string             `json:"name"`
	Collection string             `json:"collection"`
	Links      []gophercloud.Link `json:"links"`
}

// ListResult is the result of List; Extract returns the versions.
type ListResult = gophercloud.ValueResult[[]APIVersion]

// ResourcesResult is the result of ListResources; Extract returns the
// resources.
type ResourcesResult = gophercloud.ValueResult[[]Resource]
