package portforwarding

import "github.com/cloudsdk/gophercloud"

// PortForwarding forwards a port of a floating IP to a fixed IP and port.
type PortForwarding struct {
	ID                string `json:"id"`
	Protocol          string `json:"protocol"`
	InternalPortID    string `json:"internal_port_id"`
	InternalIPAddress string `json:"internal_ip_address"`
	// ExternalPort and InternalPort are 0 when ranges are used.
	ExternalPort      int    `json:"external_port"`
	InternalPort      int    `json:"internal_port"`
	ExternalPortRange string `json:"external_port_range"`
	InternalPortRange string `json:"internal_port_range"`
	Description       string `json:"description"`
}

// GetResult is the result of Get; Extract returns the *PortForwarding.
type GetResult = gophercloud.ItemResult[PortForwarding]

// CreateResult is the result of Create.
type CreateResult = gophercloud.ItemResult[PortForwarding]

// UpdateResult is the result of Update.
type UpdateResult = gophercloud.ItemResult[PortForwarding]

// DeleteResult is the result of Delete.
type DeleteResult = gophercloud.ErrResult
