package credentials_test

import (
	"context"
	"net/url"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/credentials"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/internal/crudtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const id = "3d3367"

func TestCalls(t *testing.T) {
	crudtest.Run(t, []crudtest.Case{
		{Name: "list", Pattern: "GET /credentials", Status: 200, Response: listJSON,
			Query: url.Values{"user_id": {"9fe1d3"}, "type": {"totp"}},
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return credentials.List(c, credentials.ListOpts{UserID: "9fe1d3", Type: "totp"}).Collect(ctx)
			},
			Check: func(t *testing.T, v any) {
				cs := v.([]credentials.Credential)
				require.Len(t, cs, 2)
				assert.Equal(t, "GEZDGNBVGY3TQOJQ", cs[1].Blob)
			}},
		{Name: "get", Pattern: "GET /credentials/" + id, Status: 200, Response: credJSON,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return credentials.Get(ctx, c, id).Extract()
			},
			Check: func(t *testing.T, v any) {
				cr := v.(*credentials.Credential)
				assert.JSONEq(t, `{"access": "181920", "secret": "secretKey"}`, cr.Blob)
				assert.Equal(t, "263fd9", cr.ProjectID)
			}},
		{Name: "create", Pattern: "POST /credentials", Status: 201, Response: credJSON,
			Request: `{"credential": {"type": "ec2", "user_id": "9fe1d3", "project_id": "263fd9", "blob": "{\"access\": \"181920\", \"secret\": \"secretKey\"}"}}`,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return credentials.Create(ctx, c, credentials.CreateOpts{Type: "ec2", UserID: "9fe1d3", ProjectID: "263fd9",
					Blob: `{"access": "181920", "secret": "secretKey"}`}).Extract()
			}},
		{Name: "update", Pattern: "PATCH /credentials/" + id, Status: 200, Response: credJSON,
			Request: `{"credential": {"blob": "new"}}`,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return credentials.Update(ctx, c, id, credentials.UpdateOpts{Blob: "new"}).Extract()
			}},
		{Name: "delete", Pattern: "DELETE /credentials/" + id, Status: 204,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return crudtest.Err(credentials.Delete(ctx, c, id).ExtractErr())
			}},
	})
}

func TestBadOptions(t *testing.T) {
	c := &gophercloud.ServiceClient{ProviderClient: gophercloud.NewProviderClient(), Endpoint: "http://127.0.0.1:1/"}
	_, err := credentials.Create(t.Context(), c, credentials.CreateOpts{Type: "totp", UserID: "u"}).Extract()
	assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
	_, err = credentials.Create(t.Context(), c, credentials.CreateOpts{Type: "ec2", UserID: "u", Blob: "{}"}).Extract()
	assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
}
