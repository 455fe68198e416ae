package users_test

import (
	"context"
	"net/url"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/groups"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/internal/crudtest"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/projects"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/users"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const (
	id      = "9fe1d3"
	groupID = "ea167b"
)

func TestCalls(t *testing.T) {
	on := true
	desc := "SRE"
	crudtest.Run(t, []crudtest.Case{
		{Name: "list", Pattern: "GET /users", Status: 200, Response: listJSON,
			Query: url.Values{"domain_id": {"default"}, "name": {"alice"}, "enabled": {"true"}},
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return users.List(c, users.ListOpts{DomainID: "default", Name: "alice", Enabled: &on}).Collect(ctx)
			},
			Check: func(t *testing.T, v any) {
				us := v.([]users.User)
				require.Len(t, us, 2)
				assert.Equal(t, "alice", us[1].Name)
				assert.True(t, us[1].PasswordExpiresAt.IsZero())
			}},
		{Name: "get", Pattern: "GET /users/" + id, Status: 200, Response: userJSON,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return users.Get(ctx, c, id).Extract()
			},
			Check: func(t *testing.T, v any) {
				u := v.(*users.User)
				assert.Equal(t, "263fd9", u.DefaultProjectID)
				assert.Equal(t, 2026, u.PasswordExpiresAt.Year())
				assert.JSONEq(t, `true`, string(u.Options["ignore_password_expiry"]))
			}},
		{Name: "create", Pattern: "POST /users", Status: 201, Response: userJSON,
			Request: `{"user": {"name": "alice", "domain_id": "default", "default_project_id": "263fd9", "password": "s3cret"}}`,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return users.Create(ctx, c, users.CreateOpts{Name: "alice", DomainID: "default", DefaultProjectID: "263fd9", Password: "s3cret"}).Extract()
			}},
		{Name: "update", Pattern: "PATCH /users/" + id, Status: 200, Response: userJSON,
			Request: `{"user": {"description": "SRE", "enabled": true}}`,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return users.Update(ctx, c, id, users.UpdateOpts{Description: &desc, Enabled: &on}).Extract()
			}},
		{Name: "delete", Pattern: "DELETE /users/" + id, Status: 204,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return crudtest.Err(users.Delete(ctx, c, id).ExtractErr())
			}},
		{Name: "change password", Pattern: "POST /users/" + id + "/password", Status: 204,
			Request: `{"user": {"original_password": "old", "password": "new"}}`,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return crudtest.Err(users.ChangePassword(ctx, c, id, users.ChangePasswordOpts{OriginalPassword: "old", Password: "new"}).ExtractErr())
			}},
		{Name: "list groups", Pattern: "GET /users/" + id + "/groups", Status: 200, Response: groupsJSON,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return users.ListGroups(c, id).Collect(ctx)
			},
			Check: func(t *testing.T, v any) {
				gs := v.([]groups.Group)
				require.Len(t, gs, 1)
				assert.Equal(t, "ops", gs[0].Name)
			}},
		{Name: "list projects", Pattern: "GET /users/" + id + "/projects", Status: 200, Response: projectsJSON,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return users.ListProjects(c, id).Collect(ctx)
			},
			Check: func(t *testing.T, v any) {
				ps := v.([]projects.Project)
				require.Len(t, ps, 1)
				assert.Equal(t, "web", ps[0].Name)
			}},
		{Name: "list in group", Pattern: "GET /groups/" + groupID + "/users", Status: 200, Response: listJSON,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return users.ListInGroup(c, groupID).Collect(ctx)
			},
			Check: func(t *testing.T, v any) { assert.Len(t, v, 2) }},
		{Name: "add to group", Pattern: "PUT /groups/" + groupID + "/users/" + id, Status: 204,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return crudtest.Err(users.AddToGroup(ctx, c, groupID, id).ExtractErr())
			}},
		{Name: "check in group", Pattern: "HEAD /groups/" + groupID + "/users/" + id, Status: 204,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return crudtest.Err(users.CheckInGroup(ctx, c, groupID, id).ExtractErr())
			}},
		{Name: "remove from group", Pattern: "DELETE /groups/" + groupID + "/users/" + id, Status: 204,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return crudtest.Err(users.RemoveFromGroup(ctx, c, groupID, id).ExtractErr())
			}},
	})
}

func TestBadOptions(t *testing.T) {
	c := &gophercloud.ServiceClient{ProviderClient: gophercloud.NewProviderClient(), Endpoint: "http://127.0.0.1:1/"}
	_, err := users.Create(t.Context(), c, users.CreateOpts{}).Extract()
	assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
	err = users.ChangePassword(t.Context(), c, id, users.ChangePasswordOpts{Password: "new"}).ExtractErr()
	assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
}
