// Package images reads and deletes images through the Compute API's image
// proxy (/images), which forwards to the Image service (Glance).
//
// The proxy is deprecated: Nova stopped offering it at microversion 2.36
// and newer requests to it fail with 404, so pass a client without a
// microversion, or one made with c.WithMicroversion("2.35") or lower. Prefer the Image service
// API (openstack/image/v2/images), which has every field and operation;
// this package exists for clouds and code that still go through Nova.
//
//	img, err := images.Get(ctx, compute, id).Extract()
//	fmt.Println(img.Name, img.Status, img.MinDisk)
//
// API reference: https://docs.openstack.org/api-ref/compute/#images-deprecated
package images
