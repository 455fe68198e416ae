package regions_test

import (
	"context"
	"net/url"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/internal/crudtest"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/regions"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const id = "RegionTwo"

func TestCalls(t *testing.T) {
	desc := "Site B"
	crudtest.Run(t, []crudtest.Case{
		{Name: "list", Pattern: "GET /regions", Status: 200, Response: listJSON,
			Query: url.Values{"parent_region_id": {"RegionOne"}},
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return regions.List(c, regions.ListOpts{ParentRegionID: "RegionOne"}).Collect(ctx)
			},
			Check: func(t *testing.T, v any) {
				rs := v.([]regions.Region)
				require.Len(t, rs, 2)
				assert.Equal(t, "", rs[0].ParentRegionID)
			}},
		{Name: "get", Pattern: "GET /regions/" + id, Status: 200, Response: regionJSON,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return regions.Get(ctx, c, id).Extract()
			},
			Check: func(t *testing.T, v any) { assert.Equal(t, "RegionOne", v.(*regions.Region).ParentRegionID) }},
		{Name: "create", Pattern: "POST /regions", Status: 201, Response: regionJSON,
			Request: `{"region": {"id": "RegionTwo", "description": "Second site", "parent_region_id": "RegionOne"}}`,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return regions.Create(ctx, c, regions.CreateOpts{ID: id, Description: "Second site", ParentRegionID: "RegionOne"}).Extract()
			}},
		{Name: "update", Pattern: "PATCH /regions/" + id, Status: 200, Response: regionJSON,
			Request: `{"region": {"description": "Site B"}}`,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return regions.Update(ctx, c, id, regions.UpdateOpts{Description: &desc}).Extract()
			}},
		{Name: "delete", Pattern: "DELETE /regions/" + id, Status: 204,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return crudtest.Err(regions.Delete(ctx, c, id).ExtractErr())
			}},
	})
}
