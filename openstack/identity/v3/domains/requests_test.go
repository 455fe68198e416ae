package domains_test

import (
	"context"
	"net/url"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/domains"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/internal/crudtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCalls(t *testing.T) {
	f := false
	desc := ""
	crudtest.Run(t, []crudtest.Case{
		{Name: "list", Pattern: "GET /domains", Status: 200, Response: listJSON,
			Query: url.Values{"enabled": {"false"}},
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return domains.List(c, domains.ListOpts{Enabled: &f}).Collect(ctx)
			},
			Check: func(t *testing.T, v any) {
				ds := v.([]domains.Domain)
				require.Len(t, ds, 2)
				assert.Equal(t, "Default", ds[0].Name)
				assert.False(t, ds[1].Enabled)
			}},
		{Name: "list available", Pattern: "GET /auth/domains", Status: 200, Response: listJSON,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return domains.ListAvailable(c).Collect(ctx)
			},
			Check: func(t *testing.T, v any) { assert.Len(t, v, 2) }},
		{Name: "get", Pattern: "GET /domains/161718", Status: 200, Response: domainJSON,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return domains.Get(ctx, c, "161718").Extract()
			},
			Check: func(t *testing.T, v any) {
				d := v.(*domains.Domain)
				assert.Equal(t, domains.Domain{ID: "161718", Name: "acme", Description: "Owns users and projects on Acme",
					Enabled: true, Tags: []string{}, Links: map[string]string{"self": "http://example.com/identity/v3/domains/161718"}}, *d)
			}},
		{Name: "create", Pattern: "POST /domains", Status: 201, Response: domainJSON,
			Request: `{"domain": {"name": "acme", "description": "Owns users and projects on Acme"}}`,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return domains.Create(ctx, c, domains.CreateOpts{Name: "acme", Description: "Owns users and projects on Acme"}).Extract()
			}},
		{Name: "update", Pattern: "PATCH /domains/161718", Status: 200, Response: domainJSON,
			Request: `{"domain": {"enabled": false, "description": ""}}`,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return domains.Update(ctx, c, "161718", domains.UpdateOpts{Enabled: &f, Description: &desc}).Extract()
			}},
		{Name: "delete", Pattern: "DELETE /domains/161718", Status: 204,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return crudtest.Err(domains.Delete(ctx, c, "161718").ExtractErr())
			}},
	})
}

func TestBadOptions(t *testing.T) {
	c := &gophercloud.ServiceClient{ProviderClient: gophercloud.NewProviderClient(), Endpoint: "http://127.0.0.1:1/"}
	_, err := domains.Create(t.Context(), c, domains.CreateOpts{}).Extract()
	assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
	err = domains.Delete(t.Context(), c, "").ExtractErr()
	assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
}
