// Package diagnostics shows a server's hypervisor-level diagnostics: CPU,
// memory, disk and NIC counters. Admin only by default.
//
//	d, err := diagnostics.Get(ctx, admin.WithMicroversion("2.48"), serverID).Extract()
//	fmt.Println(d.State, d.Uptime, d.MemoryDetails.Used)
//
// Get's Extract needs microversion 2.48, where every driver answers in the
// same, standard format that Diagnostics describes. Before 2.48 the body
// is whatever the driver reports (libvirt's "cpu0_time", "vda_read", …):
// decode it yourself with ExtractInto.
//
// API reference: https://docs.openstack.org/api-ref/compute/#servers-diagnostics-servers-diagnostics
package diagnostics
