package apiversions

import (
	"context"

	"github.com/cloudsdk/gophercloud"
)

// List lists the API versions at the networking endpoint (one unpaged
// list). https://docs.openstack.org/api-ref/network/v2/#list-api-versions
func List(ctx context.Context, c *gophercloud.ServiceClient) ListResult {
	return ListResult{Result: c.Get(ctx, rootURL(c), nil), Key: "versions"}
}

// ListResources lists the resource collections of the v2.0 API, core and
// extension ones. https://docs.openstack.org/api-ref/network/v2/#show-api-v2-details
func ListResources(ctx context.Context, c *gophercloud.ServiceClient) ResourcesResult {
	return ResourcesResult{Result: c.Get(ctx, resourcesURL(c), nil), Key: "resources"}
}
