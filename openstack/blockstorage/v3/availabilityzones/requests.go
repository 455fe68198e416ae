package availabilityzones

import (
	"context"

	"github.com/cloudsdk/gophercloud"
)

// List lists the availability zones (one unpaged list).
// https://docs.openstack.org/api-ref/block-storage/v3/#list-availability-zone-information
func List(ctx context.Context, c *gophercloud.ServiceClient) ListResult {
	return ListResult{Result: c.Get(ctx, listURL(c), nil), Key: "availabilityZoneInfo"}
}
