// Package tags manages the tags of a server: short strings a user attaches
// to it and can filter server lists by (servers.ListOpts tags filters).
//
// Every call needs microversion 2.26; older microversions answer 404:
//
//	compute := compute.WithMicroversion("2.26")
//	err := tags.Add(ctx, compute, serverID, "web").ExtractErr()
//	all, err := tags.List(ctx, compute, serverID).Extract()
//	ok, err := tags.Check(ctx, compute, serverID, "web").Extract()
//
// A tag is at most 60 characters and may not contain "/" or ","; a server
// holds at most 50 of them. ReplaceAll sets the whole list at once,
// DeleteAll empties it.
//
// API reference: https://docs.openstack.org/api-ref/compute/#server-tags-servers-tags
package tags
