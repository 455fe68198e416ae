// Package routers manages Neutron routers (the router extension): they
// route between the subnets plugged into them as interfaces and, through
// their external gateway, to an external network, with source NAT and
// static routes (extraroute).
//
//	r, err := routers.Create(ctx, c, routers.CreateOpts{Name: "edge",
//		GatewayInfo: &routers.GatewayInfo{NetworkID: publicID}}).Extract()
//	_, err = routers.AddInterface(ctx, c, r.ID, routers.InterfaceOpts{SubnetID: subnetID}).Extract()
//
// API reference: https://docs.openstack.org/api-ref/network/v2/#routers-routers
package routers
