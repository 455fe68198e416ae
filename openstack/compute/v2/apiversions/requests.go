package apiversions

import (
	"context"

	"github.com/cloudsdk/gophercloud"
)

// List returns every API version the service offers (GET / of its root).
// https://docs.openstack.org/api-ref/compute/#list-all-major-versions
func List(ctx context.Context, c *gophercloud.ServiceClient) ListResult {
	return ListResult{Result: c.Get(ctx, rootURL(c), &gophercloud.RequestOpts{OkCodes: []int{200, 300}}), Key: "versions"}
}

// Get shows one API version ("v2.1") with its microversion range and
// media types.
// https://docs.openstack.org/api-ref/compute/#show-details-of-specific-api-version
func Get(ctx context.Context, c *gophercloud.ServiceClient, version string) GetResult {
	return GetResult{Result: c.Get(ctx, versionURL(c, version), nil), Key: "version"}
}
