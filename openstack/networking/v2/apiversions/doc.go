// Package apiversions lists the Networking API versions (GET / on the
// networking endpoint, which needs no token) and the resources of the
// v2.0 API (GET /v2.0/). Neutron has no microversions: its features are
// extensions, listed by the extensions package.
//
//	vs, err := apiversions.List(ctx, c).Extract()      // [{v2.0 CURRENT ...}]
//	rs, err := apiversions.ListResources(ctx, c).Extract() // networks, subnets, ...
//
// API reference: https://docs.openstack.org/api-ref/network/v2/#api-versions
package apiversions
