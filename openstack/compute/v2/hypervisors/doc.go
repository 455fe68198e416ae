// Package hypervisors shows the compute nodes Nova schedules onto: their
// capacity, usage and, optionally, their servers. Every call is admin only.
//
//	for h, err := range hypervisors.ListDetail(admin, hypervisors.ListOpts{}).All(ctx) {
//		fmt.Println(h.HypervisorHostname, h.VCPUsUsed, "/", h.VCPUs)
//	}
//	h, err := hypervisors.Get(ctx, admin, string(h.ID), hypervisors.GetOpts{}).Extract()
//
// IDs: before microversion 2.53 a hypervisor's ID is an integer, from 2.53
// a UUID; Hypervisor.ID (a services.ID) decodes both to the string form
// the calls take. Use IDs from a client of the same microversion.
//
// Microversions: CPUInfo is a JSON string before 2.28 and an object from
// then on (CPUInfo decodes both); ListOpts.Limit and Marker and the links
// that let the pager walk pages need 2.33; ListOpts.HostnamePattern and
// WithServers, GetOpts.WithServers and Hypervisor.Servers need 2.53.
// From 2.88 Nova drops the resource fields (VCPUs, MemoryMB, LocalGB and
// their usage, CPUInfo, …) in favour of Placement, shows Uptime in Get
// and removes GetStatistics and GetUptime (they answer 404).
//
// API reference: https://docs.openstack.org/api-ref/compute/#hypervisors-os-hypervisors
package hypervisors
