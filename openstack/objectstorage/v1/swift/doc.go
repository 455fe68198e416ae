// Package swift holds the types the Object Storage v1 packages share:
// the options of a listing (ListOpts, taken alike by containers.List for
// an account and objects.List for a container), what Swift answers to a
// metadata POST (UpdateHeader, UpdateResult) and the report of a bulk
// delete (BulkDeleteResponse, BulkDeleteFailure, BulkDeleteError).
//
// The resource packages (accounts, containers, objects, largeobjects)
// name them as their own (objects.ListOpts is swift.ListOpts), so most
// callers never import this package; it exists so that each type is
// written once and go doc shows its fields.
//
//	objs, err := objects.List(client, "photos", objects.ListOpts{Prefix: "2024/", Delimiter: "/"}).Collect(ctx)
//
//	rep, err := objects.BulkDelete(ctx, client, "photos", names)
//	var bde *swift.BulkDeleteError
//	if errors.As(err, &bde) {
//		for _, f := range bde.Failures { … }
//	}
//
// API reference: https://docs.openstack.org/api-ref/object-store/ and, for
// bulk deletes, https://docs.openstack.org/swift/latest/middleware.html#bulk-delete
package swift
