// Package provider reads and sets the provider attributes of networks (the
// provider and multi-provider extensions): how a network is realised on
// the physical infrastructure. Setting them is admin only.
//
//	opts := provider.CreateOptsExt{
//		CreateOptsBuilder: networks.CreateOpts{Name: "physnet"},
//		NetworkType:       "vlan", PhysicalNetwork: "public", SegmentationID: 1000,
//	}
//	var n provider.Network
//	err := networks.Create(ctx, c, opts).ExtractIntoEnvelope("network", &n)
//
// A network with several segments (multi-provider) is created with
// Segments instead, and reads back with Segments set and the single
// provider:* attributes absent. ListOptsExt filters a list by the
// provider attributes.
//
// API reference: https://docs.openstack.org/api-ref/network/v2/#networks-provider-extended-attributes-networks
// and https://docs.openstack.org/api-ref/network/v2/#networks-multiple-provider-extension-networks
package provider
