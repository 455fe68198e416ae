package portsecurity

import "github.com/cloudsdk/gophercloud/openstack/networking/v2/networks"

// PortSecurityExt is the extension's attribute; embed it with
// networks.Network in a struct for ExtractInto.
type PortSecurityExt struct {
	PortSecurityEnabled bool `json:"port_security_enabled"`
}

// Network is a network with port_security_enabled, for
// ExtractIntoEnvelope ("network") and networks.ExtractNetworksInto.
type Network struct {
	networks.Network
	PortSecurityExt
}
