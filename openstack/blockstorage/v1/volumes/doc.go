// Package volumes manages Block Storage v1 (Cinder) volumes: create,
// list, get, update, delete, and WaitForStatus. v1 names and describes a
// volume with display_name and display_description and lists it in one
// page; Rackspace Cloud Block Storage serves this API.
//
//	v, err := volumes.Create(ctx, client, volumes.CreateOpts{Size: 75, Name: "data"}).Extract()
//	err = volumes.WaitForStatus(ctx, client, v.ID, "available", gophercloud.WaitOpts{})
//
// API reference: https://docs.openstack.org/api-ref/block-storage/v1/ (archived)
package volumes
