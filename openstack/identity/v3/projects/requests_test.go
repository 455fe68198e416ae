package projects_test

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/internal/crudtest"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/projects"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const id = "93ebbcc35335488b96ff9cd7d18cbb2e"

func TestCalls(t *testing.T) {
	crudtest.Run(t, []crudtest.Case{
		{Name: "list", Pattern: "GET /projects", Status: 200, Response: listJSON,
			Query: url.Values{"domain_id": {"default"}, "tags-any": {"web,db"}},
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return projects.List(c, projects.ListOpts{DomainID: "default", TagsAny: gophercloud.CommaList{"web", "db"}}).Collect(ctx)
			},
			Check: func(t *testing.T, v any) {
				ps := v.([]projects.Project)
				require.Len(t, ps, 2)
				assert.Equal(t, "demo", ps[1].Name)
				assert.Equal(t, []string{"web"}, ps[1].Tags)
			}},
		{Name: "list available", Pattern: "GET /auth/projects", Status: 200, Response: listJSON,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return projects.ListAvailable(c).Collect(ctx)
			},
			Check: func(t *testing.T, v any) { assert.Len(t, v, 2) }},
		{Name: "get", Pattern: "GET /projects/" + id, Status: 200, Response: projectJSON,
			Query: url.Values{"parents_as_ids": {"true"}},
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return projects.Get(ctx, c, id, projects.GetOpts{ParentsAsIDs: true}).Extract()
			},
			Check: func(t *testing.T, v any) {
				p := v.(*projects.Project)
				assert.Equal(t, "myNewProject", p.Name)
				assert.Equal(t, "default", p.ParentID)
				assert.JSONEq(t, `{"default": null}`, string(p.Parents))
			}},
		{Name: "create", Pattern: "POST /projects", Status: 201, Response: projectJSON,
			Request: `{"project": {"name": "myNewProject", "domain_id": "default", "description": "My new project", "tags": ["web"]}}`,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return projects.Create(ctx, c, projects.CreateOpts{Name: "myNewProject", DomainID: "default", Description: "My new project", Tags: []string{"web"}}).Extract()
			}},
		{Name: "update", Pattern: "PATCH /projects/" + id, Status: 200, Response: projectJSON,
			Request: `{"project": {"tags": ["web", "prod"]}}`,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return projects.Update(ctx, c, id, projects.UpdateOpts{Tags: []string{"web", "prod"}}).Extract()
			}},
		{Name: "delete", Pattern: "DELETE /projects/" + id, Status: 204,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return crudtest.Err(projects.Delete(ctx, c, id).ExtractErr())
			}},
		{Name: "list tags", Pattern: "GET /projects/" + id + "/tags", Status: 200, Response: `{"tags": ["foo", "bar"]}`,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return projects.ListTags(ctx, c, id).Extract()
			},
			Check: func(t *testing.T, v any) { assert.Equal(t, []string{"foo", "bar"}, v) }},
		{Name: "replace tags", Pattern: "PUT /projects/" + id + "/tags", Status: 200, Response: `{"tags": ["foo", "bar"]}`,
			Request: `{"tags": ["foo", "bar"]}`,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return projects.ReplaceTags(ctx, c, id, []string{"foo", "bar"}).Extract()
			},
			Check: func(t *testing.T, v any) { assert.Equal(t, []string{"foo", "bar"}, v) }},
		{Name: "replace tags with none", Pattern: "PUT /projects/" + id + "/tags", Status: 200, Response: `{"tags": []}`,
			Request: `{"tags": []}`,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return projects.ReplaceTags(ctx, c, id, nil).Extract()
			},
			Check: func(t *testing.T, v any) { assert.Empty(t, v) }},
		{Name: "delete tags", Pattern: "DELETE /projects/" + id + "/tags", Status: 204,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return crudtest.Err(projects.DeleteTags(ctx, c, id).ExtractErr())
			}},
		{Name: "check tag", Pattern: "GET /projects/" + id + "/tags/foo", Status: 204,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return projects.CheckTag(ctx, c, id, "foo").Extract()
			},
			Check: func(t *testing.T, v any) { assert.Equal(t, true, v) }},
		{Name: "add tag", Pattern: "PUT /projects/" + id + "/tags/foo", Status: 201,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return crudtest.Err(projects.AddTag(ctx, c, id, "foo").ExtractErr())
			}},
		{Name: "delete tag", Pattern: "DELETE /projects/" + id + "/tags/foo", Status: 204,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return crudtest.Err(projects.DeleteTag(ctx, c, id, "foo").ExtractErr())
			}},
	})
}

func TestBadOptions(t *testing.T) {
	c := &gophercloud.ServiceClient{ProviderClient: gophercloud.NewProviderClient(), Endpoint: "http://127.0.0.1:1/"}
	_, err := projects.Get(t.Context(), c, id, projects.GetOpts{SubtreeAsIDs: true, SubtreeAsList: true}).Extract()
	assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
	_, err = projects.Create(t.Context(), c, projects.CreateOpts{}).Extract()
	assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
	// Tags are checked before any request (the client's endpoint is
	// unreachable, so a request would fail otherwise).
	for _, bad := range []string{"", "a/b", "a,b", strings.Repeat("é", projects.MaxTagLength+1)} {
		assert.ErrorIs(t, projects.AddTag(t.Context(), c, id, bad).ExtractErr(), gophercloud.ErrInvalidOptions, "tag %q", bad)
	}
	tooMany := make([]string, projects.MaxTags+1)
	for i := range tooMany {
		tooMany[i] = fmt.Sprint("t", i)
	}
	_, err = projects.ReplaceTags(t.Context(), c, id, tooMany).Extract()
	assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
}

func TestCheckTagMissing(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /projects/"+id+"/tags/nope", http.StatusNotFound, `{"error": {"code": 404, "message": "Could not find project tag: nope.", "title": "Not Found"}}`)
	has, err := projects.CheckTag(t.Context(), th.ServiceClient(), id, "nope").Extract()
	require.NoError(t, err)
	assert.False(t, has)
}
