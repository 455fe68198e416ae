// Package external reads and sets router:external on networks (the
// external-net extension): an external network is where routers put their
// gateways and floating IPs come from. Setting it is admin only.
//
//	opts := external.CreateOptsExt{CreateOptsBuilder: networks.CreateOpts{Name: "public"}, External: &yes}
//	n, err := networks.Create(ctx, c, opts).Extract()
//
//	pub := true
//	nets, err := networks.List(c, external.ListOptsExt{ListOptsBuilder: networks.ListOpts{}, External: &pub}).Collect(ctx)
//
// Read the attribute with ExtractInto into a NetworkExternalExt.
//
// API reference: https://docs.openstack.org/api-ref/network/v2/#external-network
package external
