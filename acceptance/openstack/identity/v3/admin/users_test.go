//go:build acceptance

package admin

import (
	"errors"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/acceptance/clients"
	"github.com/cloudsdk/gophercloud/openstack"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/domains"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/groups"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/users"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// newDomain creates an enabled domain that t.Cleanup disables and deletes.
func newDomain(t *testing.T, admin *gophercloud.ServiceClient) *domains.Domain {
	ctx := clients.Context(t, 30*time.Second)
	d, err := domains.Create(ctx, admin, domains.CreateOpts{Name: clients.RandomName("dom"), Description: "acceptance"}).Extract()
	require.NoError(t, err)
	t.Cleanup(func() {
		ctx := clients.Context(t, 30*time.Second)
		off := false
		_, err := domains.Update(ctx, admin, d.ID, domains.UpdateOpts{Enabled: &off}).Extract()
		assert.NoError(t, err)
		assert.NoError(t, domains.Delete(ctx, admin, d.ID).ExtractErr())
	})
	return d
}

func TestUsersAndGroups(t *testing.T) {
	admin := clients.AdminService(t, openstack.NewIdentityV3)
	ctx := clients.Context(t, time.Minute)
	d := newDomain(t, admin)

	u, err := users.Create(ctx, admin, users.CreateOpts{Name: clients.RandomName("user"), DomainID: d.ID, Password: clients.RandomName("pw")}).Extract()
	require.NoError(t, err)
	t.Cleanup(func() { assert.NoError(t, users.Delete(clients.Context(t, 30*time.Second), admin, u.ID).ExtractErr()) })
	assert.True(t, u.Enabled)

	on := true
	list, err := users.List(admin, users.ListOpts{DomainID: d.ID, Name: u.Name, Enabled: &on}).Collect(ctx)
	require.NoError(t, err)
	require.Len(t, list, 1)
	assert.Equal(t, u.ID, list[0].ID)

	desc := "updated"
	got, err := users.Update(ctx, admin, u.ID, users.UpdateOpts{Description: &desc}).Extract()
	require.NoError(t, err)
	assert.Equal(t, desc, got.Description)

	g, err := groups.Create(ctx, admin, groups.CreateOpts{Name: clients.RandomName("grp"), DomainID: d.ID}).Extract()
	require.NoError(t, err)
	t.Cleanup(func() { assert.NoError(t, groups.Delete(clients.Context(t, 30*time.Second), admin, g.ID).ExtractErr()) })
	gl, err := groups.List(admin, groups.ListOpts{DomainID: d.ID}).Collect(ctx)
	require.NoError(t, err)
	require.Len(t, gl, 1)

	err = users.CheckInGroup(ctx, admin, g.ID, u.ID).ExtractErr()
	assert.True(t, errors.Is(err, gophercloud.ErrNotFound), "want 404 before adding, got %v", err)
	require.NoError(t, users.AddToGroup(ctx, admin, g.ID, u.ID).ExtractErr())
	require.NoError(t, users.CheckInGroup(ctx, admin, g.ID, u.ID).ExtractErr())
	members, err := users.ListInGroup(admin, g.ID).Collect(ctx)
	require.NoError(t, err)
	require.Len(t, members, 1)
	assert.Equal(t, u.ID, members[0].ID)
	ug, err := users.ListGroups(admin, u.ID).Collect(ctx)
	require.NoError(t, err)
	require.Len(t, ug, 1)
	assert.Equal(t, g.ID, ug[0].ID)
	require.NoError(t, users.RemoveFromGroup(ctx, admin, g.ID, u.ID).ExtractErr())

	ps, err := users.ListProjects(admin, u.ID).Collect(ctx)
	require.NoError(t, err)
	assert.Empty(t, ps)
}
