package registeredlimits_test

import (
	"context"
	"net/url"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/internal/crudtest"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/registeredlimits"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const (
	id   = "773147dd53cd4a17b921d555cf17c633"
	nova = "9408080f1970482aa0e38bc2d4ea34b7"
)

func TestCalls(t *testing.T) {
	thirty, desc := 30, ""
	crudtest.Run(t, []crudtest.Case{
		{Name: "list", Pattern: "GET /registered_limits", Status: 200, Response: listJSON,
			Query: url.Values{"service_id": {nova}, "region_id": {"RegionOne"}, "resource_name": {"cores"}},
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return registeredlimits.List(c, registeredlimits.ListOpts{ServiceID: nova, RegionID: "RegionOne", ResourceName: "cores"}).Collect(ctx)
			},
			Check: func(t *testing.T, v any) {
				rls := v.([]registeredlimits.RegisteredLimit)
				require.Len(t, rls, 1)
				assert.Equal(t, 20, rls[0].DefaultLimit)
			}},
		{Name: "get", Pattern: "GET /registered_limits/" + id, Status: 200, Response: registeredLimitJSON,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return registeredlimits.Get(ctx, c, id).Extract()
			},
			Check: func(t *testing.T, v any) {
				rl := v.(*registeredlimits.RegisteredLimit)
				assert.Equal(t, "cores", rl.ResourceName)
				assert.Equal(t, "RegionOne", rl.RegionID)
			}},
		{Name: "create one", Pattern: "POST /registered_limits", Status: 201, Response: createdJSON,
			Request: `{"registered_limits": [{"service_id": "` + nova + `", "resource_name": "cores", "default_limit": 0}]}`,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return registeredlimits.Create(ctx, c, registeredlimits.CreateOpts{ServiceID: nova, ResourceName: "cores"}).Extract()
			}},
		{Name: "create many", Pattern: "POST /registered_limits", Status: 201, Response: createdJSON,
			Request: `{"registered_limits": [
			  {"service_id": "` + nova + `", "region_id": "RegionOne", "resource_name": "cores", "default_limit": 20, "description": "vCPUs per project"},
			  {"service_id": "` + nova + `", "resource_name": "ram_mb", "default_limit": -1}]}`,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return registeredlimits.Create(ctx, c,
					registeredlimits.CreateOpts{ServiceID: nova, RegionID: "RegionOne", ResourceName: "cores", DefaultLimit: 20, Description: "vCPUs per project"},
					registeredlimits.CreateOpts{ServiceID: nova, ResourceName: "ram_mb", DefaultLimit: -1},
				).Extract()
			},
			Check: func(t *testing.T, v any) {
				rls := v.([]registeredlimits.RegisteredLimit)
				require.Len(t, rls, 2)
				assert.Equal(t, "cores", rls[0].ResourceName)
				assert.Equal(t, "", rls[1].RegionID)
				assert.Equal(t, -1, rls[1].DefaultLimit)
			}},
		{Name: "update", Pattern: "PATCH /registered_limits/" + id, Status: 200, Response: registeredLimitJSON,
			Request: `{"registered_limit": {"default_limit": 30, "description": ""}}`,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return registeredlimits.Update(ctx, c, id, registeredlimits.UpdateOpts{DefaultLimit: &thirty, Description: &desc}).Extract()
			}},
		{Name: "delete", Pattern: "DELETE /registered_limits/" + id, Status: 204,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return crudtest.Err(registeredlimits.Delete(ctx, c, id).ExtractErr())
			}},
	})
}

func TestBadOptions(t *testing.T) {
	c := &gophercloud.ServiceClient{ProviderClient: gophercloud.NewProviderClient(), Endpoint: "http://127.0.0.1:1/"}
	for _, tc := range []struct {
		name, field string
		opts        []registeredlimits.CreateOpts
	}{
		{"none", "registeredlimits.Create", nil},
		{"no service", "ServiceID", []registeredlimits.CreateOpts{{ResourceName: "cores"}}},
		{"no resource in the second", "ResourceName", []registeredlimits.CreateOpts{{ServiceID: nova, ResourceName: "cores"}, {ServiceID: nova}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := registeredlimits.Create(t.Context(), c, tc.opts...).Extract()
			assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
			assert.ErrorContains(t, err, tc.field)
		})
	}
}
