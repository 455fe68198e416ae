// Package apiversions lists the API versions a Block Storage (Cinder)
// endpoint serves, with the microversion range of each, and tells which
// microversions the client's endpoint accepts.
//
//	r, err := apiversions.Microversions(ctx, client) // 3.0 to 3.70 on Zed
//	if r.Supports(openstack.Microversion{Major: 3, Minor: 47}) {
//		client = client.WithMicroversion("3.47")
//	}
//
// Microversions is openstack.GetSupportedMicroversions; List reads the
// version document at the root of the endpoint's host.
//
// API reference: https://docs.openstack.org/api-ref/block-storage/v3/#api-versions
package apiversions
