// Package virtualinterfaces attaches Rackspace Cloud Servers to Cloud
// Networks after boot (os-virtual-interfacesv2): each virtual interface is
// one server NIC on one network, with its MAC and IP addresses.
//
//	vif, err := virtualinterfaces.Create(ctx, compute, serverID, virtualinterfaces.CreateOpts{
//		NetworkID: netID,
//	}).Extract()
//	err = virtualinterfaces.Delete(ctx, compute, serverID, vif.ID).ExtractErr()
//
// Create answers with the new interface inside a one-element
// "virtual_interfaces" list; CreateResult.Extract returns that element.
//
// API reference: https://docs.rackspace.com/docs/cloud-servers/v2/api-reference/svr-virtualinterfaces-operations
package virtualinterfaces
