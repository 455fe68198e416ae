// Package objects stores and reads Rackspace Cloud Files objects. It is
// openstack/objectstorage/v1/objects on a rackspace.NewObjectStorageV1
// client, plus CDNURL, which gives an object's public URL once its
// container is on the CDN (cdncontainers.Enable).
//
//	_, err := objects.Create(ctx, files, "photos", "cat.jpg", f, objects.CreateOpts{ContentType: "image/jpeg"}).Extract()
//	u, err := objects.CDNURL(ctx, cdn, "photos", "cat.jpg", true) // https://….ssl.cf1.rackcdn.com/cat.jpg
//
// Download streams; Create streams its reader. Cloud Files limits a single
// object to 5 GiB: larger ones are segmented with
// openstack/objectstorage/v1/largeobjects.
//
// API reference: https://docs.rackspace.com/docs/cloud-files/v1/storage-api-reference/object-services-operations
package objects
