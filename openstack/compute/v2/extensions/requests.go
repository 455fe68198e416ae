package extensions

import (
	"context"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/pagination"
)

// List returns a Pager (of one page) over the extensions the service
// reports. https://docs.openstack.org/api-ref/compute/#list-extensions
func List(c *gophercloud.ServiceClient) pagination.Pager[Extension] {
	return pagination.New(c, listURL(c), pagination.Single[Extension]{ItemsKey: "extensions"}, nil)
}

// Get shows one extension by alias ("os-keypairs").
// https://docs.openstack.org/api-ref/compute/#show-extension-details
func Get(ctx context.Context, c *gophercloud.ServiceClient, alias string) (r GetResult) {
	r.Result = c.Get(ctx, extensionURL(c, alias), nil)
	return
}
