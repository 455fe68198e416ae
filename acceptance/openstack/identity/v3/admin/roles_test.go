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
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/groups"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/projects"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/roles"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/users"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestGroupRoleGrantsProjectAccess gives a group a new role on a new
// project and checks that its member sees the assignment and can get a
// token scoped to the project.
func TestGroupRoleGrantsProjectAccess(t *testing.T) {
	admin := clients.AdminService(t, openstack.NewIdentityV3)
	ctx := clients.Context(t, 2*time.Minute)
	d := newDomain(t, admin)
	cleanup := func(name string, r gophercloud.ErrResult) {
		assert.NoError(t, r.ExtractErr(), "cleanup %s", name)
	}

	p, err := projects.Create(ctx, admin, projects.CreateOpts{Name: clients.RandomName("proj"), DomainID: d.ID}).Extract()
	require.NoError(t, err)
	t.Cleanup(func() { cleanup("project", projects.Delete(clients.Context(t, 30*time.Second), admin, p.ID)) })
	pw := clients.RandomName("pw")
	u, err := users.Create(ctx, admin, users.CreateOpts{Name: clients.RandomName("user"), DomainID: d.ID, Password: pw}).Extract()
	require.NoError(t, err)
	t.Cleanup(func() { cleanup("user", users.Delete(clients.Context(t, 30*time.Second), admin, u.ID)) })
	g, err := groups.Create(ctx, admin, groups.CreateOpts{Name: clients.RandomName("grp"), DomainID: d.ID}).Extract()
	require.NoError(t, err)
	t.Cleanup(func() { cleanup("group", groups.Delete(clients.Context(t, 30*time.Second), admin, g.ID)) })
	r, err := roles.Create(ctx, admin, roles.CreateOpts{Name: clients.RandomName("role"), Description: "acceptance"}).Extract()
	require.NoError(t, err)
	t.Cleanup(func() { cleanup("role", roles.Delete(clients.Context(t, 30*time.Second), admin, r.ID)) })

	got, err := roles.Get(ctx, admin, r.ID).Extract()
	require.NoError(t, err)
	assert.Equal(t, r.Name, got.Name)
	listed, err := roles.List(admin, roles.ListOpts{Name: r.Name}).Collect(ctx)
	require.NoError(t, err)
	require.Len(t, listed, 1)

	require.NoError(t, users.AddToGroup(ctx, admin, g.ID, u.ID).ExtractErr())
	on := roles.AssignOpts{GroupID: g.ID, ProjectID: p.ID}
	err = roles.Check(ctx, admin, r.ID, on).ExtractErr()
	assert.True(t, errors.Is(err, gophercloud.ErrNotFound), "want 404 before assigning, got %v", err)
	require.NoError(t, roles.Assign(ctx, admin, r.ID, on).ExtractErr())
	t.Cleanup(func() { cleanup("assignment", roles.Unassign(clients.Context(t, 30*time.Second), admin, r.ID, on)) })
	require.NoError(t, roles.Check(ctx, admin, r.ID, on).ExtractErr())

	as, err := roles.ListAssignments(admin, roles.ListAssignmentsOpts{Effective: true, IncludeNames: true, UserID: u.ID}).Collect(ctx)
	require.NoError(t, err)
	require.Len(t, as, 1)
	a := as[0]
	assert.Equal(t, r.Name, a.Role.Name)
	require.NotNil(t, a.User)
	assert.Equal(t, u.Name, a.User.Name)
	require.NotNil(t, a.Scope.Project)
	assert.Equal(t, p.ID, a.Scope.Project.ID)
	assert.Contains(t, a.Links["membership"], g.ID, "effective assignment comes from the group")

	direct, err := roles.ListAssignments(admin, roles.ListAssignmentsOpts{ScopeProjectID: p.ID}).Collect(ctx)
	require.NoError(t, err)
	require.Len(t, direct, 1)
	require.NotNil(t, direct[0].Group)
	assert.Equal(t, g.ID, direct[0].Group.ID)

	prov, err := openstack.AuthenticatedClient(ctx, gophercloud.AuthOptions{
		IdentityEndpoint: os.Getenv("OS_AUTH_URL"), UserID: u.ID, Password: pw, TenantID: p.ID,
	})
	require.NoError(t, err)
	mine, err := openstack.NewIdentityV3(prov, openstack.EndpointOptsFromEnv())
	require.NoError(t, err)
	avail, err := projects.ListAvailable(mine).Collect(ctx)
	require.NoError(t, err)
	require.Len(t, avail, 1)
	assert.Equal(t, p.ID, avail[0].ID)
}
