// Package floatingips manages Neutron floating IPs (the router
// extension): addresses of an external network that a router NATs to a
// port's fixed IP.
//
//	fip, err := floatingips.Create(ctx, c, floatingips.CreateOpts{FloatingNetworkID: publicID}).Extract()
//	fip, err = floatingips.Associate(ctx, c, fip.ID, portID, "").Extract()
//	fip, err = floatingips.Disassociate(ctx, c, fip.ID).Extract()
//
// The port's subnet must be plugged into a router whose gateway is on the
// floating IP's network. Port forwardings of a floating IP are in the
// portforwarding package.
//
// API reference: https://docs.openstack.org/api-ref/network/v2/#floating-ips-floatingips
package floatingips
