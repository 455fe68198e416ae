// Package v2 holds the Compute (Nova) v2.1 API packages, one per resource:
// servers, flavors, images, keypairs, servergroups, volumeattach,
// availabilityzones, extensions (and extensions/diskconfig), and more.
// Every package follows the SDK's one call shape (see CONTRIBUTING.md):
// options by value, result aliases of the core's generic results, and IDs
// built into URLs with ServiceClient.ServiceURL, which refuses empty, "."
// and ".." segments before any request.
//
// A call that needs a microversion takes a client that has it:
//
//	c27 := compute.WithMicroversion("2.79") // a copy; compute is unchanged
//
// API reference: https://docs.openstack.org/api-ref/compute/
package v2
