package external

import "github.com/cloudsdk/gophercloud/openstack/networking/v2/networks"

// NetworkExternalExt is the extension's attribute; embed it with
// networks.Network in a struct for ExtractInto.
type NetworkExternalExt struct {
	External bool `json:"router:external"`
}

// Network is a network with router:external, for ExtractIntoEnvelope
// ("network") and networks.ExtractNetworksInto.
type Network struct {
	networks.Network
	NetworkExternalExt
}
