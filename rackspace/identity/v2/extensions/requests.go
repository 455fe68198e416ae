package extensions

import (
	"context"

	"github.com/cloudsdk/gophercloud"
	osextensions "github.com/cloudsdk/gophercloud/openstack/identity/v2/extensions"
	"github.com/cloudsdk/gophercloud/pagination"
)

// List returns a Pager (of one page) over the identity extensions; it does
// no I/O, so it takes no ctx.
func List(c *gophercloud.ServiceClient) pagination.Pager[Extension] { return osextensions.List(c) }

// Get shows one extension by its alias ("RAX-KSKEY").
func Get(ctx context.Context, c *gophercloud.ServiceClient, alias string) GetResult {
	return osextensions.Get(ctx, c, alias)
}
