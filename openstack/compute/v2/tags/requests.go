package tags

import (
	"context"

	"github.com/cloudsdk/gophercloud"
)

// MaxLength is the longest tag Nova accepts, in characters.
const MaxLength = 60

// MaxTags is the most tags one server may hold.
const MaxTags = 50

// ReplaceAllOpts is the new, complete list of a server's tags.
type ReplaceAllOpts struct {
	// Tags replace every tag the server has; an empty list removes them
	// all, as DeleteAll does.
	Tags []string `json:"tags"`
}

// Validate checks each tag as Nova would: not empty, at most MaxLength
// characters, no "/" or ","; and at most MaxTags of them.
func (opts ReplaceAllOpts) Validate() error { return serverTags.ValidateSet(opts.Tags) }

// List returns the server's tags; microversion 2.26.
// https://docs.openstack.org/api-ref/compute/#list-tags
func List(ctx context.Context, c *gophercloud.ServiceClient, serverID string) ListResult {
	return serverTags.List(ctx, c, serverID)
}

// ReplaceAll sets the server's tags to opts.Tags and returns them;
// microversion 2.26.
// https://docs.openstack.org/api-ref/compute/#replace-tags
func ReplaceAll(ctx context.Context, c *gophercloud.ServiceClient, serverID string, opts ReplaceAllOpts) ListResult {
	return serverTags.ReplaceAll(ctx, c, serverID, opts.Tags)
}

// DeleteAll removes every tag of the server; microversion 2.26.
// https://docs.openstack.org/api-ref/compute/#delete-all-tags
func DeleteAll(ctx context.Context, c *gophercloud.ServiceClient, serverID string) DeleteResult {
	return serverTags.DeleteAll(ctx, c, serverID)
}

// Check asks whether the server has tag; microversion 2.26. A missing
// server also answers 404, so Check reports false for it too.
// https://docs.openstack.org/api-ref/compute/#check-tag-existence
func Check(ctx context.Context, c *gophercloud.ServiceClient, serverID, tag string) CheckResult {
	return serverTags.Check(ctx, c, serverID, tag)
}

// Add adds one tag to the server (201, or 204 when it already had it);
// microversion 2.26.
// https://docs.openstack.org/api-ref/compute/#add-a-single-tag
func Add(ctx context.Context, c *gophercloud.ServiceClient, serverID, tag string) AddResult {
	return serverTags.Add(ctx, c, serverID, tag)
}

// Delete removes one tag from the server; microversion 2.26. A tag the
// server does not have is a 404 (gophercloud.ErrNotFound).
// https://docs.openstack.org/api-ref/compute/#delete-a-single-tag
func Delete(ctx context.Context, c *gophercloud.ServiceClient, serverID, tag string) DeleteResult {
	return serverTags.Delete(ctx, c, serverID, tag)
}
