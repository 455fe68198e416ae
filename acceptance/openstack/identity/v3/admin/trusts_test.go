//go:build acceptance

package admin

import (
	"errors"
	"os"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/acceptance/clients"
	"github.com/cloudsdk/gophercloud/openstack"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/projects"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/roles"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/tokens"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/trusts"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/users"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTrust has a new user (the trustor) delegate the reader role on a
// new project to another new user, and reads the trust back.
func TestTrust(t *testing.T) {
	admin := clients.AdminService(t, openstack.NewIdentityV3)
	ctx := clients.Context(t, 2*time.Minute)
	d := newDomain(t, admin)
	p, err := projects.Create(ctx, admin, projects.CreateOpts{Name: clients.RandomName("proj"), DomainID: d.ID}).Extract()
	require.NoError(t, err)
	t.Cleanup(func() {
		assert.NoError(t, projects.Delete(clients.Context(t, 30*time.Second), admin, p.ID).ExtractErr())
	})
	pw := clients.RandomName("pw")
	var ids [2]string
	for i := range ids {
		u, err := users.Create(ctx, admin, users.CreateOpts{Name: clients.RandomName("user"), DomainID: d.ID, Password: pw}).Extract()
		require.NoError(t, err)
		t.Cleanup(func() { assert.NoError(t, users.Delete(clients.Context(t, 30*time.Second), admin, u.ID).ExtractErr()) })
		ids[i] = u.ID
	}
	trustor, trustee := ids[0], ids[1]
	readers, err := roles.List(admin, roles.ListOpts{Name: "reader"}).Collect(ctx)
	require.NoError(t, err)
	if len(readers) != 1 {
		t.Skip("this cloud has no global reader role")
	}
	on := roles.AssignOpts{UserID: trustor, ProjectID: p.ID}
	require.NoError(t, roles.Assign(ctx, admin, readers[0].ID, on).ExtractErr())
	t.Cleanup(func() {
		assert.NoError(t, roles.Unassign(clients.Context(t, 30*time.Second), admin, readers[0].ID, on).ExtractErr())
	})

	prov, err := openstack.AuthenticatedClient(ctx, gophercloud.AuthOptions{IdentityEndpoint: os.Getenv("OS_AUTH_URL"), UserID: trustor, Password: pw, TenantID: p.ID})
	require.NoError(t, err)
	mine, err := openstack.NewIdentityV3(prov, openstack.EndpointOptsFromEnv())
	require.NoError(t, err)

	uses := 3
	tr, err := trusts.Create(ctx, mine, trusts.CreateOpts{TrustorUserID: trustor, TrusteeUserID: trustee, ProjectID: p.ID,
		Roles: []trusts.Role{{Name: "reader"}}, RemainingUses: &uses}).Extract()
	require.NoError(t, err)
	t.Cleanup(func() { assert.NoError(t, trusts.Delete(clients.Context(t, 30*time.Second), mine, tr.ID).ExtractErr()) })
	require.NotNil(t, tr.RemainingUses)
	assert.Equal(t, 3, *tr.RemainingUses)

	got, err := trusts.Get(ctx, mine, tr.ID).Extract()
	require.NoError(t, err)
	assert.Equal(t, trustee, got.TrusteeUserID)
	list, err := trusts.List(mine, trusts.ListOpts{TrustorUserID: trustor}).Collect(ctx)
	require.NoError(t, err)
	require.Len(t, list, 1)
	rs, err := trusts.ListRoles(mine, tr.ID).Collect(ctx)
	require.NoError(t, err)
	require.Len(t, rs, 1)
	assert.Equal(t, "reader", rs[0].Name)
	r, err := trusts.GetRole(ctx, mine, tr.ID, readers[0].ID).Extract()
	require.NoError(t, err)
	assert.Equal(t, readers[0].ID, r.ID)
	_, err = trusts.GetRole(ctx, mine, tr.ID, "nonexistent").Extract()
	assert.True(t, errors.Is(err, gophercloud.ErrNotFound), "want 404, got %v", err)

	tok := tokens.Create(ctx, mine, tokens.TrustScope{Auth: gophercloud.AuthOptions{UserID: trustee, Password: pw}, TrustID: tr.ID})
	info, err := tok.ExtractTrust()
	require.NoError(t, err)
	require.NotNil(t, info, "a trust-scoped token names its trust")
	assert.Equal(t, tr.ID, info.ID)
	assert.Equal(t, trustor, info.TrustorUser.ID)
	proj, err := tok.ExtractProject()
	require.NoError(t, err)
	assert.Equal(t, p.ID, proj.ID)
}
