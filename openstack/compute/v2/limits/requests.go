package limits

import (
	"context"

	"github.com/cloudsdk/gophercloud"
)

// GetOpts selects whose limits Get shows; the zero value means the
// caller's project.
type GetOpts struct {
	// ProjectID shows another project's limits; admin only.
	ProjectID string `q:"tenant_id"`
	// Reserved counts reserved resources as used.
	Reserved bool `q:"reserved"`
}

// Get shows the limits and their usage.
// https://docs.openstack.org/api-ref/compute/#show-rate-and-absolute-limits
func Get(ctx context.Context, c *gophercloud.ServiceClient, opts GetOpts) GetResult {
	q, err := gophercloud.BuildQueryString(opts)
	if err != nil {
		return GetResult{Result: gophercloud.Result{Err: err}}
	}
	return GetResult{Result: c.Get(ctx, getURL(c)+q.String(), nil), Key: "limits"}
}
