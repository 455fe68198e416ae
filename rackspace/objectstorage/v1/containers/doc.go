// Package containers manages Rackspace Cloud Files containers. It is
// openstack/objectstorage/v1/containers on a rackspace.NewObjectStorageV1
// client; publish a container on the CDN with package cdncontainers, on a
// rackspace.NewObjectCDNV1 client.
//
//	err := containers.Create(ctx, files, "photos", containers.CreateOpts{}).Err
//	for c, err := range containers.List(files, containers.ListOpts{}).All(ctx) { … }
//
// A container must be empty to be deleted; BulkDelete removes many at
// once.
//
// API reference: https://docs.rackspace.com/docs/cloud-files/v1/storage-api-reference/storage-container-services
package containers
