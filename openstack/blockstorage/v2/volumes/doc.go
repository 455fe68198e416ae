// Package volumes manages Block Storage v2 (Cinder) volumes: create, list,
// get, update, delete, metadata, extend, reset status, and WaitForStatus.
// The v2 API is v3 without microversions; clouds still serving it only
// (or the "volumev2" endpoint) use this package.
//
//	v, err := volumes.Create(ctx, client, volumes.CreateOpts{Size: 1, Name: "data"}).Extract()
//	err = volumes.WaitForStatus(ctx, client, v.ID, "available", gophercloud.WaitOpts{})
//
// API reference: https://docs.openstack.org/api-ref/block-storage/v2/#volumes-volumes
package volumes
