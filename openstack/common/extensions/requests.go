package extensions

import (
	"context"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/pagination"
)

// List returns a Pager (of one page) over the extensions the service
// reports; it does no I/O, so it takes no ctx.
func List(c *gophercloud.ServiceClient) pagination.Pager[Extension] {
	return pagination.New(c, listURL(c), pagination.Single[Extension]{ItemsKey: "extensions"}, nil)
}

// Get shows one extension by its alias ("os-keypairs", "security-group").
func Get(ctx context.Context, c *gophercloud.ServiceClient, alias string) GetResult {
	return GetResult{Result: c.Get(ctx, getURL(c, alias), nil), Key: "extension"}
}
