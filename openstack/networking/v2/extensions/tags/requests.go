package tags

import (
	"context"

	"github.com/cloudsdk/gophercloud"
)

// MaxLength is the longest tag Neutron accepts, in characters.
const MaxLength = 255

// of is Neutron's tag set of one kind of resource ("networks", "ports",
// "subnets", "routers", "floatingips", "security-groups", …).
func of(resourceType string) gophercloud.TagSet {
	return gophercloud.TagSet{Collection: []string{resourceType}, MaxLength: MaxLength}
}

// List returns the tags of a resource. https://docs.openstack.org/api-ref/network/v2/#obtain-tag-list
func List(ctx context.Context, c *gophercloud.ServiceClient, resourceType, id string) ListResult {
	return of(resourceType).List(ctx, c, id)
}

// Add adds one tag (a no-op if present). https://docs.openstack.org/api-ref/network/v2/#add-a-tag
func Add(ctx context.Context, c *gophercloud.ServiceClient, resourceType, id, tag string) ErrResult {
	return of(resourceType).Add(ctx, c, id, tag)
}

// Check reports whether the resource has the tag: Extract is false for
// Neutron's 404. https://docs.openstack.org/api-ref/network/v2/#confirm-a-tag
func Check(ctx context.Context, c *gophercloud.ServiceClient, resourceType, id, tag string) CheckResult {
	return of(resourceType).Check(ctx, c, id, tag)
}

// ReplaceAll sets the resource's tags to exactly tags and returns them.
// https://docs.openstack.org/api-ref/network/v2/#replace-all-tags
func ReplaceAll(ctx context.Context, c *gophercloud.ServiceClient, resourceType, id string, tags []string) ListResult {
	return of(resourceType).ReplaceAll(ctx, c, id, tags)
}

// Delete removes one tag. https://docs.openstack.org/api-ref/network/v2/#remove-a-tag
func Delete(ctx context.Context, c *gophercloud.ServiceClient, resourceType, id, tag string) ErrResult {
	return of(resourceType).Delete(ctx, c, id, tag)
}

// DeleteAll removes every tag. https://docs.openstack.org/api-ref/network/v2/#remove-all-tags
func DeleteAll(ctx context.Context, c *gophercloud.ServiceClient, resourceType, id string) ErrResult {
	return of(resourceType).DeleteAll(ctx, c, id)
}
