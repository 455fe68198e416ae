// Package bulk runs Cloud Files' bulk operations: Extract uploads a tar
// archive that Cloud Files unpacks into objects (one request for up to
// 10,000 files), and Delete removes many objects and containers at once.
//
//	f, _ := os.Open("site.tar.gz")
//	rep, err := bulk.Extract(ctx, files, "www", bulk.TarGz, f)
//	fmt.Println(rep.NumberFilesCreated)
//
//	rep2, err := bulk.Delete(ctx, files, []string{"www/index.html", "www/old.css", "scratch"})
//
// Both answer 200 or 201 even when some files failed: the report says what
// happened, and the error is a *ExtractError (or a *swift.BulkDeleteError)
// naming the failures. Extract streams its reader; a reader that is also
// an io.Seeker can be replayed after a token expiry.
//
// API reference: https://docs.rackspace.com/docs/cloud-files/v1/use-cases/bulk-operations/
package bulk
