// Package imageimport runs Image v2 (Glance) interoperable image import:
// GetInfo lists the import methods the cloud offers, Create asks Glance to
// import data into a queued (or, for glance-direct, uploading) image.
//
//	info, err := imageimport.GetInfo(ctx, c).Extract()
//	// glance-direct: stage the data first (imagedata.Stage), then
//	err = imageimport.Create(ctx, c, imageID, imageimport.CreateOpts{Name: imageimport.GlanceDirectMethod}).ExtractErr()
//
// Create returns at once (202); the image goes through "importing" to
// "active", so poll images.Get. Interoperable import needs Image API 2.6;
// copy-image and the multi-store fields (Stores, AllStores,
// AllStoresMustSucceed) need 2.8, glance-download 2.16.
//
// API reference: https://docs.openstack.org/api-ref/image/v2/#interoperable-image-import
package imageimport
