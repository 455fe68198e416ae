//go:build acceptance

package admin

import (
	"os"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/acceptance/clients"
	"github.com/cloudsdk/gophercloud/openstack"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/applicationcredentials"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/projects"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/roles"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/users"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestApplicationCredential creates a user with the reader role on a new
// project, lets that user make an application credential with an access
// rule, and authenticates with it.
func TestApplicationCredential(t *testing.T) {
	admin := clients.AdminService(t, openstack.NewIdentityV3)
	ctx := clients.Context(t, 2*time.Minute)
	d := newDomain(t, admin)

	p, err := projects.Create(ctx, admin, projects.CreateOpts{Name: clients.RandomName("proj"), DomainID: d.ID}).Extract()
	require.NoError(t, err)
	t.Cleanup(func() {
		assert.NoError(t, projects.Delete(clients.Context(t, 30*time.Second), admin, p.ID).ExtractErr())
	})
	pw := clients.RandomName("pw")
	u, err := users.Create(ctx, admin, users.CreateOpts{Name: clients.RandomName("user"), DomainID: d.ID, Password: pw}).Extract()
	require.NoError(t, err)
	t.Cleanup(func() { assert.NoError(t, users.Delete(clients.Context(t, 30*time.Second), admin, u.ID).ExtractErr()) })
	readers, err := roles.List(admin, roles.ListOpts{Name: "reader"}).Collect(ctx)
	require.NoError(t, err)
	if len(readers) != 1 {
		t.Skip("this cloud has no global reader role")
	}
	on := roles.AssignOpts{UserID: u.ID, ProjectID: p.ID}
	require.NoError(t, roles.Assign(ctx, admin, readers[0].ID, on).ExtractErr())
	t.Cleanup(func() {
		assert.NoError(t, roles.Unassign(clients.Context(t, 30*time.Second), admin, readers[0].ID, on).ExtractErr())
	})

	authURL := os.Getenv("OS_AUTH_URL")
	prov, err := openstack.AuthenticatedClient(ctx, gophercloud.AuthOptions{IdentityEndpoint: authURL, UserID: u.ID, Password: pw, TenantID: p.ID})
	require.NoError(t, err)
	mine, err := openstack.NewIdentityV3(prov, openstack.EndpointOptsFromEnv())
	require.NoError(t, err)

	exp := time.Now().Add(time.Hour).UTC().Truncate(time.Second)
	ac, err := applicationcredentials.Create(ctx, mine, u.ID, applicationcredentials.CreateOpts{
		Name: clients.RandomName("ac"), Roles: []applicationcredentials.Role{{Name: "reader"}}, ExpiresAt: &exp,
		AccessRules: []applicationcredentials.AccessRule{{Service: "identity", Method: "GET", Path: "/v3/auth/projects"}},
	}).Extract()
	require.NoError(t, err)
	t.Cleanup(func() {
		assert.NoError(t, applicationcredentials.Delete(clients.Context(t, 30*time.Second), mine, u.ID, ac.ID).ExtractErr())
	})
	assert.NotEmpty(t, ac.Secret)
	assert.Equal(t, p.ID, ac.ProjectID)
	assert.True(t, ac.ExpiresAt.Equal(exp), "expires_at %v, want %v", ac.ExpiresAt, exp)
	require.Len(t, ac.AccessRules, 1)

	got, err := applicationcredentials.Get(ctx, mine, u.ID, ac.ID).Extract()
	require.NoError(t, err)
	assert.Empty(t, got.Secret)
	list, err := applicationcredentials.List(mine, u.ID, applicationcredentials.ListOpts{Name: ac.Name}).Collect(ctx)
	require.NoError(t, err)
	require.Len(t, list, 1)
	rules, err := applicationcredentials.ListAccessRules(mine, u.ID).Collect(ctx)
	require.NoError(t, err)
	require.Len(t, rules, 1)
	rule, err := applicationcredentials.GetAccessRule(ctx, mine, u.ID, rules[0].ID).Extract()
	require.NoError(t, err)
	assert.Equal(t, "/v3/auth/projects", rule.Path)

	acProv, err := openstack.AuthenticatedClient(ctx, gophercloud.AuthOptions{
		IdentityEndpoint: authURL, ApplicationCredentialID: ac.ID, ApplicationCredentialSecret: ac.Secret,
	})
	require.NoError(t, err)
	acIdentity, err := openstack.NewIdentityV3(acProv, openstack.EndpointOptsFromEnv())
	require.NoError(t, err)
	avail, err := projects.ListAvailable(acIdentity).Collect(ctx)
	require.NoError(t, err, "the access rule allows GET /v3/auth/projects")
	assert.NotEmpty(t, avail)
}
