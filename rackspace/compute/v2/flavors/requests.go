package flavors

import (
	"context"

	"github.com/cloudsdk/gophercloud"
	osflavors "github.com/cloudsdk/gophercloud/openstack/compute/v2/flavors"
	"github.com/cloudsdk/gophercloud/pagination"
)

// ListOpts filters and pages List (MinDisk, MinRAM, Limit, Marker); the
// zero value lists every flavor.
type ListOpts = osflavors.ListOpts

// List returns a Pager over the flavors with their details; it does no
// I/O, so it takes no ctx.
func List(c *gophercloud.ServiceClient, opts ListOpts) pagination.Pager[Flavor] {
	return osflavors.List(c, opts)
}

// Get shows one flavor.
func Get(ctx context.Context, c *gophercloud.ServiceClient, id string) GetResult {
	return osflavors.Get(ctx, c, id)
}
