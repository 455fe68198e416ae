package limits

import (
	"context"

	"github.com/cloudsdk/gophercloud"
)

// Get shows the project's limits.
// https://docs.openstack.org/api-ref/block-storage/v3/#limits-limits
func Get(ctx context.Context, c *gophercloud.ServiceClient) GetResult {
	return GetResult{Result: c.Get(ctx, getURL(c), nil), Key: "limits"}
}
