// Package flavors lists, shows and manages Compute (Nova) flavors: the
// hardware templates (RAM, vCPUs, disks) a server is booted from, with their
// project access lists and extra specs.
//
// Listing and showing flavors works for every user; creating, updating and
// deleting flavors, managing access to private flavors and changing extra
// specs need the admin role by default.
//
//	pager := flavors.List(compute, flavors.ListOpts{MinRAM: 2048, SortKey: "memory_mb"})
//	for f, err := range pager.All(ctx) {
//		if err != nil {
//			return err
//		}
//		fmt.Println(f.ID, f.Name, f.RAM, f.VCPUs)
//	}
//
// Microversions: a flavor's Description (and UpdateOpts) needs 2.55;
// ExtraSpecs appear in flavor bodies from 2.61; from 2.75 Nova sends Swap
// as 0 instead of "" (Flavor.Swap reads both).
// Pass a client made with c.WithMicroversion("2.xx"): a copy, so a
// client shared between goroutines is never changed.
//
// API reference: https://docs.openstack.org/api-ref/compute/#flavors
package flavors
