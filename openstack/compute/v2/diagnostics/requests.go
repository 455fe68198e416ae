package diagnostics

import (
	"context"

	"github.com/cloudsdk/gophercloud"
)

// Get shows the server's diagnostics; microversion 2.48 for Extract.
// https://docs.openstack.org/api-ref/compute/#show-server-diagnostics
func Get(ctx context.Context, c *gophercloud.ServiceClient, serverID string) GetResult {
	return GetResult{c.Get(ctx, getURL(c, serverID), nil)}
}
