package endpoints_test

import (
	"context"
	"net/url"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/endpoints"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/internal/crudtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const id = "e9b475"

func TestCalls(t *testing.T) {
	crudtest.Run(t, []crudtest.Case{
		{Name: "list", Pattern: "GET /endpoints", Status: 200, Response: listJSON,
			Query: url.Values{"interface": {"public"}, "service_id": {"686766"}},
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return endpoints.List(c, endpoints.ListOpts{Interface: endpoints.Public, ServiceID: "686766"}).Collect(ctx)
			},
			Check: func(t *testing.T, v any) {
				es := v.([]endpoints.Endpoint)
				require.Len(t, es, 2)
				assert.Equal(t, endpoints.Internal, es[1].Interface)
			}},
		{Name: "get", Pattern: "GET /endpoints/" + id, Status: 200, Response: endpointJSON,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return endpoints.Get(ctx, c, id).Extract()
			},
			Check: func(t *testing.T, v any) {
				e := v.(*endpoints.Endpoint)
				assert.Equal(t, "RegionOne", e.RegionID)
				assert.Equal(t, "http://example.com/compute/v2.1", e.URL)
			}},
		{Name: "create", Pattern: "POST /endpoints", Status: 201, Response: endpointJSON,
			Request: `{"endpoint": {"service_id": "686766", "interface": "public", "url": "http://example.com/compute/v2.1", "region_id": "RegionOne"}}`,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return endpoints.Create(ctx, c, endpoints.CreateOpts{ServiceID: "686766", Interface: endpoints.Public,
					URL: "http://example.com/compute/v2.1", RegionID: "RegionOne"}).Extract()
			}},
		{Name: "update", Pattern: "PATCH /endpoints/" + id, Status: 200, Response: endpointJSON,
			Request: `{"endpoint": {"url": "http://example.com/compute/v2.1"}}`,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return endpoints.Update(ctx, c, id, endpoints.UpdateOpts{URL: "http://example.com/compute/v2.1"}).Extract()
			}},
		{Name: "delete", Pattern: "DELETE /endpoints/" + id, Status: 204,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return crudtest.Err(endpoints.Delete(ctx, c, id).ExtractErr())
			}},
	})
}

func TestBadOptions(t *testing.T) {
	c := &gophercloud.ServiceClient{ProviderClient: gophercloud.NewProviderClient(), Endpoint: "http://127.0.0.1:1/"}
	_, err := endpoints.Create(t.Context(), c, endpoints.CreateOpts{ServiceID: "s", URL: "http://x"}).Extract()
	assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
	_, err = endpoints.Create(t.Context(), c, endpoints.CreateOpts{ServiceID: "s", URL: "http://x", Interface: "private"}).Extract()
	assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
	_, err = endpoints.Update(t.Context(), c, id, endpoints.UpdateOpts{Interface: "private"}).Extract()
	assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
}
