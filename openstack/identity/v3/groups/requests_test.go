package groups_test

import (
	"context"
	"net/url"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/groups"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/internal/crudtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const id = "96372bbb152f475aa37e9a76a25a029c"

func TestCalls(t *testing.T) {
	desc := "On call"
	crudtest.Run(t, []crudtest.Case{
		{Name: "list", Pattern: "GET /groups", Status: 200, Response: listJSON,
			Query: url.Values{"domain_id": {"default"}, "name": {"ops"}},
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return groups.List(c, groups.ListOpts{DomainID: "default", Name: "ops"}).Collect(ctx)
			},
			Check: func(t *testing.T, v any) {
				gs := v.([]groups.Group)
				require.Len(t, gs, 2)
				assert.Equal(t, "ops", gs[1].Name)
			}},
		{Name: "get", Pattern: "GET /groups/" + id, Status: 200, Response: groupJSON,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return groups.Get(ctx, c, id).Extract()
			},
			Check: func(t *testing.T, v any) {
				g := v.(*groups.Group)
				assert.Equal(t, "Operators", g.Description)
				assert.Equal(t, "default", g.DomainID)
			}},
		{Name: "create", Pattern: "POST /groups", Status: 201, Response: groupJSON,
			Request: `{"group": {"name": "ops", "domain_id": "default", "description": "Operators"}}`,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return groups.Create(ctx, c, groups.CreateOpts{Name: "ops", DomainID: "default", Description: "Operators"}).Extract()
			}},
		{Name: "update", Pattern: "PATCH /groups/" + id, Status: 200, Response: groupJSON,
			Request: `{"group": {"description": "On call"}}`,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return groups.Update(ctx, c, id, groups.UpdateOpts{Description: &desc}).Extract()
			}},
		{Name: "delete", Pattern: "DELETE /groups/" + id, Status: 204,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return crudtest.Err(groups.Delete(ctx, c, id).ExtractErr())
			}},
	})
}

func TestBadOptions(t *testing.T) {
	c := &gophercloud.ServiceClient{ProviderClient: gophercloud.NewProviderClient(), Endpoint: "http://127.0.0.1:1/"}
	_, err := groups.Create(t.Context(), c, groups.CreateOpts{}).Extract()
	assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
}
