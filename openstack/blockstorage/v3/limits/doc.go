// Package limits shows the Block Storage v3 (Cinder) limits of the
// caller's project: the absolute ones (quotas and their usage) and any
// rate limits.
//
//	l, err := limits.Get(ctx, client).Extract()
//	fmt.Println(l.Absolute.MaxTotalVolumes - l.Absolute.TotalVolumesUsed)
//
// API reference: https://docs.openstack.org/api-ref/block-storage/v3/#limits-limits
package limits
