package apiversions

import "github.com/cloudsdk/gophercloud"

// Version statuses.
const (
	StatusCurrent    = "CURRENT"
	StatusSupported  = "SUPPORTED"
	StatusDeprecated = "DEPRECATED"
)

// Version is one API version of the service.
type Version struct {
	// ID names it ("v2.0", "v2.1"): the key Get takes.
	ID string `json:"id"`
	// Status is one of the Status constants.
	Status string `json:"status"`
	// Version is the newest microversion served ("2.93"); MinVersion the
	// oldest ("2.1"). Both are "" for a version without microversions.
	Version    string `json:"version"`
	MinVersion string `json:"min_version"`
	// Updated is when the version last changed.
	Updated gophercloud.JSONTime `json:"updated"`
	// Links include the version's "self" URL.
	Links []gophercloud.Link `json:"links"`
	// MediaTypes are the formats it speaks; only Get fills them.
	MediaTypes []MediaType `json:"media-types"`
}

// MediaType is a format an API version speaks.
type MediaType struct {
	// Base is the generic type ("application/json").
	Base string `json:"base"`
	// Type is the versioned vendor type
	// ("application/vnd.openstack.compute+json;version=2.1").
	Type string `json:"type"`
}

// ListResult is the result of List; Extract returns the versions.
type ListResult = gophercloud.ValueResult[[]Version]

// GetResult is the result of Get; Extract returns the *Version.
type GetResult = gophercloud.ItemResult[Version]
