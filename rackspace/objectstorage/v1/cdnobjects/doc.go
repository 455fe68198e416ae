// Package cdnobjects works on objects of CDN-enabled Cloud Files
// containers through the Cloud Files CDN endpoint (rackspace.NewObjectCDNV1).
//
// Delete purges an object from every CDN edge node before its TTL ends;
// the stored object is not touched (delete it with openstack/objectstorage
// objects.Delete on the storage endpoint). Rackspace limits purges to 25 a
// day per account; DeleteOpts.Email asks for a message when it is done.
//
//	err := cdnobjects.Delete(ctx, cdn, "photos", "cat.jpg", cdnobjects.DeleteOpts{
//		Email: "ops@example.com",
//	}).ExtractErr()
//
// URL returns an object's public CDN URL from its container's CDN URI.
//
// API reference: https://docs.rackspace.com/docs/cloud-files/v1/cdn-api-reference/cdn-object-services-operations
package cdnobjects
