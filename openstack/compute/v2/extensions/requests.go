package extensions

import (
	"context"

	"github.com/cloudsdk/gophercloud"
	common "github.com/cloudsdk/gophercloud/openstack/common/extensions"
	"github.com/cloudsdk/gophercloud/pagination"
)

// List returns a Pager (of one page) over the extensions the Compute
// service reports; it does no I/O, so it takes no ctx.
// https://docs.openstack.org/api-ref/compute/#list-extensions
func List(c *gophercloud.ServiceClient) pagination.Pager[Extension] { return common.List(c) }

// Get shows one extension by alias ("os-keypairs").
// https://docs.openstack.org/api-ref/compute/#show-extension-details
func Get(ctx context.Context, c *gophercloud.ServiceClient, alias string) GetResult {
	return common.Get(ctx, c, alias)
}
