package policies_test

import (
	"context"
	"net/url"
	"strings"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/internal/crudtest"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/policies"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const id = "b49884da9d31494ea02aff38d4b4e701"

func TestCalls(t *testing.T) {
	crudtest.Run(t, []crudtest.Case{
		{Name: "list", Pattern: "GET /policies", Status: 200, Response: listJSON,
			Query: url.Values{"type": {"application/json"}},
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return policies.List(c, policies.ListOpts{Type: "application/json"}).Collect(ctx)
			},
			Check: func(t *testing.T, v any) {
				ps := v.([]policies.Policy)
				require.Len(t, ps, 2)
				assert.Equal(t, `{"volume:create": ""}`, ps[1].Blob)
			}},
		{Name: "get", Pattern: "GET /policies/" + id, Status: 200, Response: policyJSON,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return policies.Get(ctx, c, id).Extract()
			},
			Check: func(t *testing.T, v any) {
				p := v.(*policies.Policy)
				assert.Equal(t, "application/json", p.Type)
				assert.Contains(t, p.Blob, `"compute:get_all": "role:reader"`)
			}},
		{Name: "create", Pattern: "POST /policies", Status: 201, Response: policyJSON,
			Request: `{"policy": {"type": "application/json", "blob": "{\"default\": \"rule:admin_required\"}"}}`,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return policies.Create(ctx, c, policies.CreateOpts{Type: "application/json", Blob: `{"default": "rule:admin_required"}`}).Extract()
			}},
		{Name: "update", Pattern: "PATCH /policies/" + id, Status: 200, Response: policyJSON,
			Request: `{"policy": {"blob": "{\"default\": \"\"}"}}`,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return policies.Update(ctx, c, id, policies.UpdateOpts{Blob: `{"default": ""}`}).Extract()
			}},
		{Name: "delete", Pattern: "DELETE /policies/" + id, Status: 204,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return crudtest.Err(policies.Delete(ctx, c, id).ExtractErr())
			}},
	})
}

func TestBadOptions(t *testing.T) {
	c := &gophercloud.ServiceClient{ProviderClient: gophercloud.NewProviderClient(), Endpoint: "http://127.0.0.1:1/"}
	long := strings.Repeat("x", 256)
	for name, call := range map[string]func() error{
		"no blob": func() error {
			_, err := policies.Create(t.Context(), c, policies.CreateOpts{Type: "application/json"}).Extract()
			return err
		},
		"no type": func() error {
			_, err := policies.Create(t.Context(), c, policies.CreateOpts{Blob: "{}"}).Extract()
			return err
		},
		"long type": func() error {
			_, err := policies.Create(t.Context(), c, policies.CreateOpts{Type: long, Blob: "{}"}).Extract()
			return err
		},
		"long type on update": func() error {
			_, err := policies.Update(t.Context(), c, id, policies.UpdateOpts{Type: long}).Extract()
			return err
		},
	} {
		t.Run(name, func(t *testing.T) { assert.ErrorIs(t, call(), gophercloud.ErrInvalidOptions) })
	}
}
