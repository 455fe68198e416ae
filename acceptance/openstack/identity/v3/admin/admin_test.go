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
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/projects"
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

func TestDemoIsForbidden(t *testing.T) {
	demo := clients.Service(t, openstack.NewIdentityV3)
	ctx := clients.Context(t, time.Minute)
	_, err := domains.Create(ctx, demo, domains.CreateOpts{Name: clients.RandomName("dom")}).Extract()
	assert.True(t, errors.Is(err, gophercloud.ErrForbidden), "want 403, got %v", err)
	_, err = projects.Create(ctx, demo, projects.CreateOpts{Name: clients.RandomName("proj")}).Extract()
	assert.True(t, errors.Is(err, gophercloud.ErrForbidden), "want 403, got %v", err)
}
