package volumetypes

import (
	"context"

	"github.com/cloudsdk/gophercloud"
	osvolumetypes "github.com/cloudsdk/gophercloud/openstack/blockstorage/v1/volumetypes"
	"github.com/cloudsdk/gophercloud/pagination"
)

// List returns a Pager (of one page) over the volume types; it does no
// I/O, so it takes no ctx.
func List(c *gophercloud.ServiceClient) pagination.Pager[VolumeType] {
	return osvolumetypes.List(c)
}

// Get shows one volume type by ID ("1" is SATA, "2" SSD).
func Get(ctx context.Context, c *gophercloud.ServiceClient, id string) GetResult {
	return osvolumetypes.Get(ctx, c, id)
}
