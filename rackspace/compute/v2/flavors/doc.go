// Package flavors lists Rackspace Cloud Servers flavors (general1-1,
// compute1-4, memory1-15, io1-30, …). It is openstack/compute/v2/flavors,
// read-only as Rackspace offers it, plus the Rackspace extra specs every
// flavor carries under OS-FLV-WITH-EXT-SPECS:extra_specs (the flavor
// class, how many data disks it has, …), which ExtractExtraSpecs decodes.
//
//	f, err := flavors.Get(ctx, compute, "general1-1").Extract()
//	specs, err := flavors.ExtractExtraSpecs(flavors.Get(ctx, compute, "general1-1").Result)
//	fmt.Println(f.RAM, specs.Class) // 1024 general1
//
// Cloud Servers has no microversions; creating, changing and deleting
// flavors and flavor access are not offered.
//
// API reference: https://docs.rackspace.com/docs/cloud-servers/v2/api-reference/flavor-operations
package flavors
