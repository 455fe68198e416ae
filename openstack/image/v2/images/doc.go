// Package images manages Image v2 (Glance) images: create the record,
// list with filters, sorting and paging (Glance's "next" link), get,
// update with a JSON patch, delete, tags, deactivate and reactivate.
// The image bytes are moved by package imagedata, interoperable import by
// imageimport, sharing by members.
//
//	img, err := images.Create(ctx, client, images.CreateOpts{
//		Name: "cirros", DiskFormat: "qcow2", ContainerFormat: "bare",
//		Properties: map[string]string{"hw_disk_bus": "scsi"},
//	}).Extract()
//	img, err = images.Update(ctx, client, img.ID, images.UpdateOpts{
//		images.Replace("name", "cirros-0.6"),
//		images.Add("os_distro", "cirros"),
//	}).Extract()
//
// Update sends application/openstack-images-v2.1-json-patch, the media
// type Glance asks for. Properties outside the schema (custom metadata)
// are in Image.Properties.
//
// API reference: https://docs.openstack.org/api-ref/image/v2/#images
package images
