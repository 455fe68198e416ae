// Package extensions lists and shows the API extensions a service reports
// at /extensions. Compute, Networking and Block Storage serve the same
// document there, so this one package decodes all three; a service's own
// extensions package can be a one-line wrapper:
//
//	// in openstack/compute/v2/extensions
//	type Extension = extensions.Extension
//	func List(c *gophercloud.ServiceClient) pagination.Pager[Extension] { return extensions.List(c) }
//
// Usage:
//
//	for ext, err := range extensions.List(compute).All(ctx) { … }
//	ext, err := extensions.Get(ctx, network, "security-group").Extract()
//
// Nova deprecated its extension listing with the v2.1 API (it still answers,
// at every microversion, with a fixed list); Neutron's list is the
// authoritative way to discover optional features.
//
// API references:
// https://docs.openstack.org/api-ref/compute/#extensions-extensions-deprecated,
// https://docs.openstack.org/api-ref/network/v2/#extensions,
// https://docs.openstack.org/api-ref/block-storage/v3/#api-extensions-extensions
package extensions
