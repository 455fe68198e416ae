// Package networks manages Rackspace Cloud Networks through the Cloud
// Servers API (os-networksv2): isolated layer-2 networks with one IPv4
// CIDR, which servers join at boot (servers.CreateOpts.Networks) or later
// through a virtual interface (package virtualinterfaces).
//
//	net, err := networks.Create(ctx, compute, networks.CreateOpts{
//		Label: "backend", CIDR: "192.168.0.0/24",
//	}).Extract()
//
// The list also holds Rackspace's two shared networks, PublicNet
// (networks.PublicNetID) and ServiceNet (networks.ServiceNetID), which have
// no CIDR and cannot be deleted. Create answers with 200, Delete with 202;
// a network with servers attached cannot be deleted (409).
//
// API reference: https://docs.rackspace.com/docs/cloud-servers/v2/api-reference/networks-operations
package networks
