// Package regions manages Keystone v3 regions: list, show, create,
// update, delete.
//
//	r, err := regions.Create(ctx, identity, regions.CreateOpts{ID: "RegionTwo"}).Extract()
//
// https://docs.openstack.org/api-ref/identity/v3/#regions
package regions
