package schemas

import (
	"context"

	"github.com/cloudsdk/gophercloud"
)

func get(ctx context.Context, c *gophercloud.ServiceClient, name string) GetResult {
	return GetResult{Result: c.Get(ctx, schemaURL(c, name), nil)}
}

// GetImage retrieves the schema of an image.
// https://docs.openstack.org/api-ref/image/v2/#show-image-schema
func GetImage(ctx context.Context, c *gophercloud.ServiceClient) GetResult {
	return get(ctx, c, "image")
}

// GetImages retrieves the schema of the image list.
// https://docs.openstack.org/api-ref/image/v2/#show-images-schema
func GetImages(ctx context.Context, c *gophercloud.ServiceClient) GetResult {
	return get(ctx, c, "images")
}

// GetMember retrieves the schema of an image member.
// https://docs.openstack.org/api-ref/image/v2/#show-image-member-schema
func GetMember(ctx context.Context, c *gophercloud.ServiceClient) GetResult {
	return get(ctx, c, "member")
}

// GetMembers retrieves the schema of the image member list.
// https://docs.openstack.org/api-ref/image/v2/#show-image-members-schema
func GetMembers(ctx context.Context, c *gophercloud.ServiceClient) GetResult {
	return get(ctx, c, "members")
}
