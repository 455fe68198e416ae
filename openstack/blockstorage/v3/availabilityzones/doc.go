// Package availabilityzones lists the Block Storage v3 (Cinder)
// availability zones a volume can be created in.
//
//	zones, err := availabilityzones.List(ctx, client).Extract()
//
// API reference: https://docs.openstack.org/api-ref/block-storage/v3/#availability-zones-os-availability-zone
package availabilityzones
