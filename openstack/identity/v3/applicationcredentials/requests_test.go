package applicationcredentials_test

import (
	"context"
	"net/url"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/applicationcredentials"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/internal/crudtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const (
	user = "9fe1d3"
	id   = "aa809205"
	rule = "07d719"
)

func TestCalls(t *testing.T) {
	exp := time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)
	crudtest.Run(t, []crudtest.Case{
		{Name: "list", Pattern: "GET /users/" + user + "/application_credentials", Status: 200, Response: listJSON,
			Query: url.Values{"name": {"monitoring"}},
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return applicationcredentials.List(c, user, applicationcredentials.ListOpts{Name: "monitoring"}).Collect(ctx)
			},
			Check: func(t *testing.T, v any) {
				acs := v.([]applicationcredentials.ApplicationCredential)
				require.Len(t, acs, 1)
				assert.True(t, acs[0].ExpiresAt.IsZero())
				assert.Equal(t, "reader", acs[0].Roles[0].Name)
			}},
		{Name: "get", Pattern: "GET /users/" + user + "/application_credentials/" + id, Status: 200, Response: credJSON,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return applicationcredentials.Get(ctx, c, user, id).Extract()
			},
			Check: func(t *testing.T, v any) {
				ac := v.(*applicationcredentials.ApplicationCredential)
				assert.True(t, ac.ExpiresAt.Equal(exp))
				assert.Equal(t, "compute", ac.AccessRules[0].Service)
			}},
		{Name: "create", Pattern: "POST /users/" + user + "/application_credentials", Status: 201, Response: credJSON,
			Request: `{"application_credential": {"name": "monitoring", "description": "Monitoring agent",
			  "roles": [{"name": "reader"}], "expires_at": "2027-01-01T00:00:00Z",
			  "access_rules": [{"path": "/v2.1/servers", "method": "GET", "service": "compute"}]}}`,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return applicationcredentials.Create(ctx, c, user, applicationcredentials.CreateOpts{Name: "monitoring", Description: "Monitoring agent",
					Roles: []applicationcredentials.Role{{Name: "reader"}}, ExpiresAt: &exp,
					AccessRules: []applicationcredentials.AccessRule{{Path: "/v2.1/servers", Method: "GET", Service: "compute"}}}).Extract()
			},
			Check: func(t *testing.T, v any) {
				assert.Equal(t, "rEaqvJka48mpv", v.(*applicationcredentials.ApplicationCredential).Secret)
			}},
		{Name: "delete", Pattern: "DELETE /users/" + user + "/application_credentials/" + id, Status: 204,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return crudtest.Err(applicationcredentials.Delete(ctx, c, user, id).ExtractErr())
			}},
		{Name: "list access rules", Pattern: "GET /users/" + user + "/access_rules", Status: 200, Response: rulesJSON,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return applicationcredentials.ListAccessRules(c, user).Collect(ctx)
			},
			Check: func(t *testing.T, v any) { assert.Len(t, v, 1) }},
		{Name: "get access rule", Pattern: "GET /users/" + user + "/access_rules/" + rule, Status: 200, Response: ruleJSON,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return applicationcredentials.GetAccessRule(ctx, c, user, rule).Extract()
			},
			Check: func(t *testing.T, v any) { assert.Equal(t, "GET", v.(*applicationcredentials.AccessRule).Method) }},
		{Name: "delete access rule", Pattern: "DELETE /users/" + user + "/access_rules/" + rule, Status: 204,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return crudtest.Err(applicationcredentials.DeleteAccessRule(ctx, c, user, rule).ExtractErr())
			}},
	})
}

func TestBadOptions(t *testing.T) {
	c := &gophercloud.ServiceClient{ProviderClient: gophercloud.NewProviderClient(), Endpoint: "http://127.0.0.1:1/"}
	_, err := applicationcredentials.Create(t.Context(), c, user, applicationcredentials.CreateOpts{}).Extract()
	assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
	_, err = applicationcredentials.Create(t.Context(), c, user, applicationcredentials.CreateOpts{Name: "x", Roles: []applicationcredentials.Role{{}}}).Extract()
	assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
}
