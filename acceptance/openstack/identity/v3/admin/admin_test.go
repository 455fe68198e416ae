//go:build acceptance

// Package admin runs the Keystone v3 admin calls against the devcloud.
package admin

import (
	"errors"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/acceptance/clients"
	"github.com/cloudsdk/gophercloud/openstack"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/domains"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/endpoints"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/groups"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/policies"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/projects"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/regions"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/roles"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/services"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/tokens"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/users"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDomainAndProject(t *testing.T) {
	admin := clients.AdminService(t, openstack.NewIdentityV3)
	ctx := clients.Context(t, time.Minute)

	d, err := domains.Create(ctx, admin, domains.CreateOpts{Name: clients.RandomName("dom"), Description: "acceptance"}).Extract()
	require.NoError(t, err)
	t.Cleanup(func() {
		ctx := clients.Context(t, 30*time.Second)
		off := false
		_, err := domains.Update(ctx, admin, d.ID, domains.UpdateOpts{Enabled: &off}).Extract()
		assert.NoError(t, err)
		assert.NoError(t, domains.Delete(ctx, admin, d.ID).ExtractErr())
	})
	got, err := domains.Get(ctx, admin, d.ID).Extract()
	require.NoError(t, err)
	assert.Equal(t, d.Name, got.Name)

	p, err := projects.Create(ctx, admin, projects.CreateOpts{Name: clients.RandomName("proj"), DomainID: d.ID, Tags: []string{"acc"}}).Extract()
	require.NoError(t, err)
	t.Cleanup(func() {
		assert.NoError(t, projects.Delete(clients.Context(t, 30*time.Second), admin, p.ID).ExtractErr())
	})
	list, err := projects.List(admin, projects.ListOpts{DomainID: d.ID, Tags: gophercloud.CommaList{"acc"}}).Collect(ctx)
	require.NoError(t, err)
	require.Len(t, list, 1)
	assert.Equal(t, p.ID, list[0].ID)

	withParents, err := projects.Get(ctx, admin, p.ID, projects.GetOpts{ParentsAsIDs: true}).Extract()
	require.NoError(t, err)
	assert.Contains(t, string(withParents.Parents), d.ID)

	avail, err := projects.ListAvailable(admin).Collect(ctx)
	require.NoError(t, err)
	assert.NotEmpty(t, avail)
}

// TestDemoIsForbidden makes every kind of admin call as the demo user
// (member of its own project only): each is a 403 that errors.Is reads as
// ErrForbidden and whose message says so, and none creates anything.
func TestDemoIsForbidden(t *testing.T) {
	demo := clients.DemoService(t, openstack.NewIdentityV3)
	admin := clients.AdminService(t, openstack.NewIdentityV3)
	ctx := clients.Context(t, 2*time.Minute)
	r, ok := demo.AuthResult().(tokens.CreateResult)
	require.True(t, ok, "demo authenticated with Identity v3, got %T", demo.AuthResult())
	me, err := r.Extract()
	require.NoError(t, err)
	require.NotNil(t, me.Project, "demo's token is project-scoped")
	adminRoles, err := roles.List(admin, roles.ListOpts{Name: "admin"}).Collect(ctx)
	require.NoError(t, err)
	require.Len(t, adminRoles, 1)
	svcs, err := services.List(admin, services.ListOpts{Type: "identity"}).Collect(ctx)
	require.NoError(t, err)
	require.NotEmpty(t, svcs)
	name := clients.RandomName("forbidden")

	calls := []struct {
		name string
		call func() error
	}{
		{"create domain", func() error { return domains.Create(ctx, demo, domains.CreateOpts{Name: name}).Err }},
		{"create project", func() error { return projects.Create(ctx, demo, projects.CreateOpts{Name: name}).Err }},
		{"create user", func() error { return users.Create(ctx, demo, users.CreateOpts{Name: name}).Err }},
		{"create group", func() error { return groups.Create(ctx, demo, groups.CreateOpts{Name: name}).Err }},
		{"create role", func() error { return roles.Create(ctx, demo, roles.CreateOpts{Name: name}).Err }},
		{"create service", func() error { return services.Create(ctx, demo, services.CreateOpts{Type: name}).Err }},
		{"create endpoint", func() error {
			return endpoints.Create(ctx, demo, endpoints.CreateOpts{ServiceID: svcs[0].ID, Interface: endpoints.Internal, URL: "http://127.0.0.1:1/forbidden"}).Err
		}},
		{"create region", func() error { return regions.Create(ctx, demo, regions.CreateOpts{ID: name}).Err }},
		{"create policy", func() error {
			return policies.Create(ctx, demo, policies.CreateOpts{Type: "application/json", Blob: `{"default": ""}`}).Err
		}},
		{"grant itself admin on its project", func() error {
			return roles.Assign(ctx, demo, adminRoles[0].ID, roles.AssignOpts{UserID: me.User.ID, ProjectID: me.Project.ID}).Err
		}},
		{"list every user", func() error { _, err := users.List(demo, users.ListOpts{}).Collect(ctx); return err }},
		{"list role assignments", func() error {
			_, err := roles.ListAssignments(demo, roles.ListAssignmentsOpts{}).Collect(ctx)
			return err
		}},
	}
	for _, c := range calls {
		t.Run(c.name, func(t *testing.T) {
			err := c.call()
			require.Error(t, err)
			assert.True(t, errors.Is(err, gophercloud.ErrForbidden), "want 403, got %v", err)
			assert.Contains(t, err.Error(), "403")
		})
	}
	// Nothing was created under the name tried.
	ds, err := domains.List(admin, domains.ListOpts{Name: name}).Collect(ctx)
	require.NoError(t, err)
	assert.Empty(t, ds)
	ps, err := projects.List(admin, projects.ListOpts{Name: name}).Collect(ctx)
	require.NoError(t, err)
	assert.Empty(t, ps)
}

// TestProjectTags runs every tag call on a fresh project.
func TestProjectTags(t *testing.T) {
	admin := clients.AdminService(t, openstack.NewIdentityV3)
	ctx := clients.Context(t, time.Minute)
	p, err := projects.Create(ctx, admin, projects.CreateOpts{Name: clients.RandomName("tags"), Tags: []string{"first"}}).Extract()
	require.NoError(t, err)
	t.Cleanup(func() {
		assert.NoError(t, projects.Delete(clients.Context(t, 30*time.Second), admin, p.ID).ExtractErr())
	})

	require.NoError(t, projects.AddTag(ctx, admin, p.ID, "two words").ExtractErr())
	tags, err := projects.ListTags(ctx, admin, p.ID).Extract()
	require.NoError(t, err)
	assert.ElementsMatch(t, []string{"first", "two words"}, tags)
	has, err := projects.CheckTag(ctx, admin, p.ID, "two words").Extract()
	require.NoError(t, err)
	assert.True(t, has)
	has, err = projects.CheckTag(ctx, admin, p.ID, "absent").Extract()
	require.NoError(t, err)
	assert.False(t, has)

	tags, err = projects.ReplaceTags(ctx, admin, p.ID, []string{"a", "b"}).Extract()
	require.NoError(t, err)
	assert.ElementsMatch(t, []string{"a", "b"}, tags)
	require.NoError(t, projects.DeleteTag(ctx, admin, p.ID, "a").ExtractErr())
	assert.ErrorIs(t, projects.DeleteTag(ctx, admin, p.ID, "a").ExtractErr(), gophercloud.ErrNotFound)
	require.NoError(t, projects.DeleteTags(ctx, admin, p.ID).ExtractErr())
	got, err := projects.Get(ctx, admin, p.ID, projects.GetOpts{}).Extract()
	require.NoError(t, err)
	assert.Empty(t, got.Tags)
}
