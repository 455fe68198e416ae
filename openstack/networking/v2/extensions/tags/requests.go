package tags

import (
	"context"
	"net/http"

	"github.com/cloudsdk/gophercloud"
)

// List returns the tags of a resource. https://docs.openstack.org/api-ref/network/v2/#obtain-tag-list
func List(ctx context.Context, c *gophercloud.ServiceClient, resourceType, id string) ListResult {
	return ListResult{Result: c.Get(ctx, tagsURL(c, resourceType, id), nil), Key: "tags"}
}

// Add adds one tag (a no-op if present). https://docs.openstack.org/api-ref/network/v2/#add-a-tag
func Add(ctx context.Context, c *gophercloud.ServiceClient, resourceType, id, tag string) ErrResult {
	return ErrResult{Result: c.Put(ctx, tagsURL(c, resourceType, id, tag), nil, &gophercloud.RequestOpts{OkCodes: []int{http.StatusCreated, http.StatusNoContent}})}
}

// Check reports whether the resource has the tag: nil, or an error
// matching gophercloud.ErrNotFound. https://docs.openstack.org/api-ref/network/v2/#confirm-a-tag
func Check(ctx context.Context, c *gophercloud.ServiceClient, resourceType, id, tag string) ErrResult {
	return ErrResult{Result: c.Get(ctx, tagsURL(c, resourceType, id, tag), &gophercloud.RequestOpts{OkCodes: []int{http.StatusNoContent}})}
}

// ReplaceAll sets the resource's tags to exactly tags and returns them.
// https://docs.openstack.org/api-ref/network/v2/#replace-all-tags
func ReplaceAll(ctx context.Context, c *gophercloud.ServiceClient, resourceType, id string, tags []string) ListResult {
	if tags == nil {
		tags = []string{}
	}
	return ListResult{Result: c.Put(ctx, tagsURL(c, resourceType, id), map[string]any{"tags": tags}, nil), Key: "tags"}
}

// Delete removes one tag. https://docs.openstack.org/api-ref/network/v2/#remove-a-tag
func Delete(ctx context.Context, c *gophercloud.ServiceClient, resourceType, id, tag string) ErrResult {
	return ErrResult{Result: c.Delete(ctx, tagsURL(c, resourceType, id, tag), nil)}
}

// DeleteAll removes every tag. https://docs.openstack.org/api-ref/network/v2/#remove-all-tags
func DeleteAll(ctx context.Context, c *gophercloud.ServiceClient, resourceType, id string) ErrResult {
	return ErrResult{Result: c.Delete(ctx, tagsURL(c, resourceType, id), nil)}
}
