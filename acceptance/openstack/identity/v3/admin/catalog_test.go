//go:build acceptance

package admin

import (
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud/acceptance/clients"
	"github.com/cloudsdk/gophercloud/openstack"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/credentials"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/endpoints"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/regions"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/services"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/users"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCatalog creates a region, a disabled service and an endpoint of it
// there, and reads them back; none of them reaches a token's catalog.
func TestCatalog(t *testing.T) {
	admin := clients.AdminService(t, openstack.NewIdentityV3)
	ctx := clients.Context(t, time.Minute)

	r, err := regions.Create(ctx, admin, regions.CreateOpts{ID: clients.RandomName("region"), Description: "acceptance"}).Extract()
	require.NoError(t, err)
	t.Cleanup(func() {
		assert.NoError(t, regions.Delete(clients.Context(t, 30*time.Second), admin, r.ID).ExtractErr())
	})
	desc := "updated"
	got, err := regions.Update(ctx, admin, r.ID, regions.UpdateOpts{Description: &desc}).Extract()
	require.NoError(t, err)
	assert.Equal(t, desc, got.Description)

	off := false
	typ := clients.RandomName("acc")
	s, err := services.Create(ctx, admin, services.CreateOpts{Type: typ, Name: typ, Enabled: &off}).Extract()
	require.NoError(t, err)
	t.Cleanup(func() {
		assert.NoError(t, services.Delete(clients.Context(t, 30*time.Second), admin, s.ID).ExtractErr())
	})
	ss, err := services.List(admin, services.ListOpts{Type: typ}).Collect(ctx)
	require.NoError(t, err)
	require.Len(t, ss, 1)
	assert.False(t, ss[0].Enabled)

	e, err := endpoints.Create(ctx, admin, endpoints.CreateOpts{ServiceID: s.ID, Interface: endpoints.Internal,
		URL: "http://127.0.0.1:1/acceptance", RegionID: r.ID, Enabled: &off}).Extract()
	require.NoError(t, err)
	t.Cleanup(func() {
		assert.NoError(t, endpoints.Delete(clients.Context(t, 30*time.Second), admin, e.ID).ExtractErr())
	})
	es, err := endpoints.List(admin, endpoints.ListOpts{ServiceID: s.ID, RegionID: r.ID}).Collect(ctx)
	require.NoError(t, err)
	require.Len(t, es, 1)
	assert.Equal(t, endpoints.Internal, es[0].Interface)
	upd, err := endpoints.Update(ctx, admin, e.ID, endpoints.UpdateOpts{URL: "http://127.0.0.1:2/acceptance"}).Extract()
	require.NoError(t, err)
	assert.Equal(t, "http://127.0.0.1:2/acceptance", upd.URL)
}

// TestCredential stores, reads, updates and deletes a TOTP-style blob for
// a new user.
func TestCredential(t *testing.T) {
	admin := clients.AdminService(t, openstack.NewIdentityV3)
	ctx := clients.Context(t, time.Minute)
	d := newDomain(t, admin)
	u, err := users.Create(ctx, admin, users.CreateOpts{Name: clients.RandomName("user"), DomainID: d.ID}).Extract()
	require.NoError(t, err)
	t.Cleanup(func() { assert.NoError(t, users.Delete(clients.Context(t, 30*time.Second), admin, u.ID).ExtractErr()) })

	cr, err := credentials.Create(ctx, admin, credentials.CreateOpts{Type: "acceptance", UserID: u.ID, Blob: "first"}).Extract()
	require.NoError(t, err)
	// Read twice: the second read comes from Keystone's cache, which with
	// dogpile.cache.memory (not memory_pickle) lost the encrypted blob.
	for range 2 {
		got, err := credentials.Get(ctx, admin, cr.ID).Extract()
		require.NoError(t, err)
		assert.Equal(t, "first", got.Blob)
	}
	t.Cleanup(func() {
		assert.NoError(t, credentials.Delete(clients.Context(t, 30*time.Second), admin, cr.ID).ExtractErr())
	})
	upd, err := credentials.Update(ctx, admin, cr.ID, credentials.UpdateOpts{Blob: "second"}).Extract()
	require.NoError(t, err)
	assert.Equal(t, "second", upd.Blob)
	cs, err := credentials.List(admin, credentials.ListOpts{UserID: u.ID}).Collect(ctx)
	require.NoError(t, err)
	require.Len(t, cs, 1)
	assert.Equal(t, "second", cs[0].Blob)
}
