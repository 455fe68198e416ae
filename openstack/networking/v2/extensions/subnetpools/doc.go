// Package subnetpools manages subnet pools (the subnet_allocation
// extension): blocks of addresses from which subnets take a CIDR of a
// given prefix length, instead of naming one.
//
//	pool, err := subnetpools.Create(ctx, c, subnetpools.CreateOpts{
//		Name: "pool", Prefixes: []string{"10.10.0.0/16"}, DefaultPrefixLen: 24,
//	}).Extract()
//	s, err := subnets.Create(ctx, c, subnets.CreateOpts{NetworkID: netID, IPVersion: 4, SubnetPoolID: pool.ID}).Extract()
//
// Shared and IsDefault pools are admin only. Update may only add
// prefixes, never remove one.
//
// API reference: https://docs.openstack.org/api-ref/network/v2/#subnet-pools-extension-subnetpools
package subnetpools
