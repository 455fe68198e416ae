package networks

import "github.com/cloudsdk/gophercloud"

// Network is a Cloud Network.
type Network struct {
	// ID is the network's UUID.
	ID string `json:"id"`
	// Label is its name ("public" and "private" for the shared networks).
	Label string `json:"label"`
	// CIDR is its IPv4 range; empty for PublicNet and ServiceNet.
	CIDR string `json:"cidr"`
}

// GetResult is the result of Get; Extract returns the *Network.
type GetResult = gophercloud.ItemResult[Network]

// CreateResult is the result of Create; Extract returns the *Network.
type CreateResult = gophercloud.ItemResult[Network]

// DeleteResult is the result of Delete.
type DeleteResult = gophercloud.ErrResult
