// Package extensions lists the API extensions a Compute service reports
// (/extensions).
//
// Since the v2.1 API every former extension is part of the core API and
// new behaviour comes with microversions (see openstack.GetSupportedMicroversions),
// so this list is mostly of use for clouds that still run older or vendor
// code. The diskconfig subpackage shows how to read an extension's
// attributes with Result.ExtractInto.
//
//	exts, err := extensions.List(compute).Collect(ctx)
//	ext, err := extensions.Get(ctx, compute, "os-keypairs").Extract()
//
// API reference: https://docs.openstack.org/api-ref/compute/#extensions-extensions-deprecated
package extensions
