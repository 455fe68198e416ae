// Package attachinterfaces attaches network ports to a running server and
// detaches them (Nova's os-interface).
//
// Create attaches either an existing port (PortID) or a new port Nova
// creates on a network (NetworkID), optionally with fixed IPs:
//
//	iface, err := attachinterfaces.Create(ctx, compute, serverID, attachinterfaces.CreateOpts{
//		NetworkID: networkID,
//	}).Extract()
//	…
//	err = attachinterfaces.Delete(ctx, compute, serverID, iface.PortID).ExtractErr()
//
// Detaching is asynchronous: Delete returns once Nova has accepted it (202)
// and the port disappears from List a little later.
//
// Microversions: CreateOpts.Tag and Interface.Tag need 2.49 (attach) and
// 2.70 (shown in List and Get).
//
// API reference: https://docs.openstack.org/api-ref/compute/#port-interfaces-servers-os-interface
package attachinterfaces
