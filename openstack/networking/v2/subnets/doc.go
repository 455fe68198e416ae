// Package subnets manages Neutron subnets: IPv4 or IPv6 address blocks on
// a network, with their allocation pools, host routes, DNS name servers,
// gateway and, for IPv6, the router-advertisement and address modes.
//
//	s, err := subnets.Create(ctx, c, subnets.CreateOpts{
//		NetworkID: netID, IPVersion: 4, CIDR: "10.0.0.0/24",
//		AllocationPools: []subnets.AllocationPool{{Start: "10.0.0.10", End: "10.0.0.200"}},
//	}).Extract()
//
// A subnet can instead take its CIDR from a subnet pool (SubnetPoolID and
// PrefixLen; see the subnetpools package).
//
// API reference: https://docs.openstack.org/api-ref/network/v2/#subnets
package subnets
