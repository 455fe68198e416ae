// Package largeobjects uploads and deletes Object Storage (Swift) large
// objects: content stored as segments (ordinary objects) joined by a
// manifest, for objects over Swift's 5 GiB limit or for parallel uploads.
//
//	f, _ := os.Open("disk.img") // 40 GiB
//	defer f.Close()
//	res, err := largeobjects.Upload(ctx, client, "images", "disk.img", f, largeobjects.UploadOpts{
//		SegmentSize: 256 << 20,
//		Workers:     8,
//		Progress:    func(done, total int64) { log.Printf("%d/%d", done, total) },
//	})
//
//	// Reading needs nothing special: Swift concatenates the segments.
//	d, err := objects.Download(ctx, client, "images", "disk.img", objects.DownloadOpts{})
//
//	// Deleting removes the manifest and the segments.
//	_, err = largeobjects.Delete(ctx, client, "images", "disk.img")
//
// Static large objects (SLO, the default) list their segments with ETags
// and sizes, which Swift checks when the manifest is written; dynamic
// large objects (DLO) name a prefix whose objects, in name order, are the
// content. Segments go to "<container>_segments" unless told otherwise.
//
// Memory stays bounded by Workers × SegmentSize for any stream, and near
// zero for files (see Upload). A failed or cancelled upload deletes the
// segments it sent.
//
// Reference: https://docs.openstack.org/swift/latest/overview_large_objects.html
package largeobjects
