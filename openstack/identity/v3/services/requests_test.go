package services_test

import (
	"context"
	"net/url"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/internal/crudtest"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/services"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const id = "686766"

func TestCalls(t *testing.T) {
	off := false
	crudtest.Run(t, []crudtest.Case{
		{Name: "list", Pattern: "GET /services", Status: 200, Response: listJSON,
			Query: url.Values{"type": {"compute"}},
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return services.List(c, services.ListOpts{Type: "compute"}).Collect(ctx)
			},
			Check: func(t *testing.T, v any) {
				ss := v.([]services.Service)
				require.Len(t, ss, 2)
				assert.Equal(t, "keystone", ss[1].Name)
			}},
		{Name: "get", Pattern: "GET /services/" + id, Status: 200, Response: serviceJSON,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return services.Get(ctx, c, id).Extract()
			},
			Check: func(t *testing.T, v any) { assert.Equal(t, "compute", v.(*services.Service).Type) }},
		{Name: "create", Pattern: "POST /services", Status: 201, Response: serviceJSON,
			Request: `{"service": {"type": "compute", "name": "nova", "description": "Compute service"}}`,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return services.Create(ctx, c, services.CreateOpts{Type: "compute", Name: "nova", Description: "Compute service"}).Extract()
			}},
		{Name: "update", Pattern: "PATCH /services/" + id, Status: 200, Response: serviceJSON,
			Request: `{"service": {"enabled": false}}`,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return services.Update(ctx, c, id, services.UpdateOpts{Enabled: &off}).Extract()
			}},
		{Name: "delete", Pattern: "DELETE /services/" + id, Status: 204,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return crudtest.Err(services.Delete(ctx, c, id).ExtractErr())
			}},
	})
}

func TestBadOptions(t *testing.T) {
	c := &gophercloud.ServiceClient{ProviderClient: gophercloud.NewProviderClient(), Endpoint: "http://127.0.0.1:1/"}
	_, err := services.Create(t.Context(), c, services.CreateOpts{Name: "nova"}).Extract()
	assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
}
