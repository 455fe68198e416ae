// Package diskconfig reads and sets the OS-DCF:diskConfig attribute of
// servers: whether Nova resizes the root partition and file system to fill
// the flavor's disk (AUTO) or leaves the image's layout alone (MANUAL).
//
// It is also the pattern for reading any attribute of a response into a
// struct of your own: embed the extension's struct in yours and decode the
// response once, with ExtractIntoEnvelope (the object under "server") or
// ExtractInto (the whole body):
//
//	type myServer struct {
//		ID     string `json:"id"`
//		Name   string `json:"name"`
//		Status string `json:"status"`
//		diskconfig.ServerDiskConfigExt
//	}
//
//	var s myServer
//	err := servers.Get(ctx, compute, id).ExtractIntoEnvelope("server", &s)
//	fmt.Println(s.Name, s.DiskConfig)
//
//	// or, for the whole body:
//	var body struct {
//		Server myServer `json:"server"`
//	}
//	err = servers.Get(ctx, compute, id).ExtractInto(&body)
//
// Do not embed ServerDiskConfigExt next to servers.Server: that struct
// already has a DiskConfig field with the same JSON name, and encoding/json
// ignores two fields of one name at the same depth. Embedding servers.Server
// is fine with extensions whose attributes it lacks.
//
// To request a layout, wrap the server's create options:
//
//	r := servers.Create(ctx, compute, diskconfig.CreateOptsExt{
//		CreateOptsBuilder: servers.CreateOpts{Name: "web-1", ImageRef: img, FlavorRef: flv},
//		DiskConfig:        diskconfig.Manual,
//	})
//
// RebuildOptsExt and ResizeOptsExt wrap servers.RebuildOpts and
// servers.ResizeOpts the same way.
//
// API reference: https://docs.openstack.org/api-ref/compute/#create-server
// (OS-DCF:diskConfig).
package diskconfig
