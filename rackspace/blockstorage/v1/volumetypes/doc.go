// Package volumetypes lists Rackspace Cloud Block Storage volume types:
// SATA (standard) and SSD (high performance). It is
// openstack/blockstorage/v1/volumetypes, read-only as Rackspace offers it
// (types cannot be created or changed by customers).
//
//	for vt, err := range volumetypes.List(bs).All(ctx) { fmt.Println(vt.ID, vt.Name) } // 1 SATA, 2 SSD
//
// API reference: https://docs.rackspace.com/docs/cloud-block-storage/v1/api-reference/volume-types
package volumetypes
