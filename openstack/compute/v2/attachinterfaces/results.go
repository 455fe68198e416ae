package attachinterfaces

import "github.com/cloudsdk/gophercloud"

// Interface is one port attached to a server.
type Interface struct {
	// PortID is the Neutron port.
	PortID string `json:"port_id"`
	// NetworkID is the port's network.
	NetworkID string `json:"net_id"`
	// MACAddress is the port's MAC address.
	MACAddress string `json:"mac_addr"`
	// PortState is the port's Neutron status ("ACTIVE", "DOWN").
	PortState string `json:"port_state"`
	// FixedIPs are the port's addresses.
	FixedIPs []InterfaceIP `json:"fixed_ips"`
	// Tag is the device tag; microversion 2.70.
	Tag string `json:"tag"`
}

// InterfaceIP is one address of an interface.
type InterfaceIP struct {
	// IPAddress is the address.
	IPAddress string `json:"ip_address"`
	// SubnetID is the subnet it belongs to.
	SubnetID string `json:"subnet_id"`
}

// GetResult is the result of Get; Extract returns the *Interface.
type GetResult = gophercloud.ItemResult[Interface]

// CreateResult is the result of Create; Extract returns the new
// *Interface.
type CreateResult = gophercloud.ItemResult[Interface]

// DeleteResult is the result of Delete.
type DeleteResult = gophercloud.ErrResult
