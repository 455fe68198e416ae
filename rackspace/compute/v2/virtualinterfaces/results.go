package virtualinterfaces

import (
	"fmt"

	"github.com/cloudsdk/gophercloud"
)

// VirtualInterface is one NIC of a server on one network.
type VirtualInterface struct {
	// ID is the interface's UUID.
	ID string `json:"id"`
	// MACAddress is the NIC's MAC ("FE:ED:FA:00:08:93").
	MACAddress string `json:"mac_address"`
	// IPAddresses are the addresses it holds on its network.
	IPAddresses []IPAddress `json:"ip_addresses"`
}

// IPAddress is one address of a virtual interface.
type IPAddress struct {
	Address      string `json:"address"`
	NetworkID    string `json:"network_id"`
	NetworkLabel string `json:"network_label"`
}

// CreateResult is the result of Create. The API answers with a list of one
// interface; Extract returns it.
type CreateResult struct{ gophercloud.Result }

// Extract returns the interface Create made.
func (r CreateResult) Extract() (*VirtualInterface, error) {
	vifs, err := gophercloud.ExtractSlice[VirtualInterface](r.Result, "virtual_interfaces")
	if err != nil {
		return nil, err
	}
	if len(vifs) != 1 {
		return nil, fmt.Errorf("%w: want one virtual interface, got %d", gophercloud.ErrMalformedResponse, len(vifs))
	}
	return &vifs[0], nil
}

// DeleteResult is the result of Delete.
type DeleteResult = gophercloud.ErrResult
