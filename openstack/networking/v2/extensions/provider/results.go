package provider

import "github.com/cloudsdk/gophercloud/openstack/networking/v2/networks"

// NetworkProviderExt is the extensions' attributes: the single-segment
// provider:* fields, or Segments for a multi-segment network. Embed it
// with networks.Network in a struct for ExtractInto.
type NetworkProviderExt struct {
	NetworkType     string    `json:"provider:network_type"`
	PhysicalNetwork string    `json:"provider:physical_network"`
	SegmentationID  int       `json:"provider:segmentation_id"`
	Segments        []Segment `json:"segments"`
}

// Network is a network with its provider attributes, for
// ExtractIntoEnvelope ("network") and networks.ExtractNetworksInto.
type Network struct {
	networks.Network
	NetworkProviderExt
}
