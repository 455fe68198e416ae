// Package images lists, shows and deletes Rackspace Cloud Servers images:
// Rackspace's base images and the account's snapshots (make one with
// servers.CreateImage). It is openstack/compute/v2/images plus the
// Rackspace image properties (distribution, whether the image is a base
// image or a snapshot, …), which PropertiesOf reads from an Image's
// metadata.
//
//	for img, err := range images.List(compute, images.ListOpts{ImageType: "SNAPSHOT"}).All(ctx) { … }
//	p := images.PropertiesOf(img) // p.OSDistro == "ubuntu"
//
// API reference: https://docs.rackspace.com/docs/cloud-servers/v2/api-reference/image-operations
package images
