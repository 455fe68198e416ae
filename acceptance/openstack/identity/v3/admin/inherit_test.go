//go:build acceptance

package admin

import (
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/acceptance/clients"
	"github.com/cloudsdk/gophercloud/openstack"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/projects"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/roles"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/users"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestInheritedRoleAssignment gives a user a role on a new domain,
// inherited to its projects (OS-INHERIT), and checks that Keystone
// reports it on a child project; then the same on a parent project, which
// reaches the child only; then takes both back.
func TestInheritedRoleAssignment(t *testing.T) {
	admin := clients.AdminService(t, openstack.NewIdentityV3)
	ctx := clients.Context(t, 2*time.Minute)
	d := newDomain(t, admin)
	cleanup := func(name string, r gophercloud.ErrResult) {
		assert.NoError(t, r.ExtractErr(), "cleanup %s", name)
	}

	parent, err := projects.Create(ctx, admin, projects.CreateOpts{Name: clients.RandomName("parent"), DomainID: d.ID}).Extract()
	require.NoError(t, err)
	t.Cleanup(func() {
		cleanup("parent project", projects.Delete(clients.Context(t, 30*time.Second), admin, parent.ID))
	})
	child, err := projects.Create(ctx, admin, projects.CreateOpts{Name: clients.RandomName("child"), DomainID: d.ID, ParentID: parent.ID}).Extract()
	require.NoError(t, err)
	t.Cleanup(func() { cleanup("child project", projects.Delete(clients.Context(t, 30*time.Second), admin, child.ID)) })
	u, err := users.Create(ctx, admin, users.CreateOpts{Name: clients.RandomName("user"), DomainID: d.ID}).Extract()
	require.NoError(t, err)
	t.Cleanup(func() { cleanup("user", users.Delete(clients.Context(t, 30*time.Second), admin, u.ID)) })
	r, err := roles.Create(ctx, admin, roles.CreateOpts{Name: clients.RandomName("role"), Description: "acceptance OS-INHERIT"}).Extract()
	require.NoError(t, err)
	t.Cleanup(func() { cleanup("role", roles.Delete(clients.Context(t, 30*time.Second), admin, r.ID)) })

	// effectiveProjects lists the projects on which the user holds r.
	effectiveProjects := func() []string {
		t.Helper()
		as, err := roles.ListAssignments(admin, roles.ListAssignmentsOpts{Effective: true, UserID: u.ID, RoleID: r.ID}).Collect(ctx)
		require.NoError(t, err)
		var ids []string
		for _, a := range as {
			if a.Scope.Project != nil {
				ids = append(ids, a.Scope.Project.ID)
			}
		}
		return ids
	}

	onDomain := roles.AssignOpts{UserID: u.ID, DomainID: d.ID, Inherited: true}
	err = roles.Check(ctx, admin, r.ID, onDomain).ExtractErr()
	require.True(t, errors.Is(err, gophercloud.ErrNotFound), "want 404 before assigning, got %v", err)
	require.NoError(t, roles.Assign(ctx, admin, r.ID, onDomain).ExtractErr())
	assigned := true
	t.Cleanup(func() {
		if assigned {
			cleanup("domain assignment", roles.Unassign(clients.Context(t, 30*time.Second), admin, r.ID, onDomain))
		}
	})
	require.NoError(t, roles.Check(ctx, admin, r.ID, onDomain).ExtractErr())
	// The inherited assignment is not a direct one on the domain.
	err = roles.Check(ctx, admin, r.ID, roles.AssignOpts{UserID: u.ID, DomainID: d.ID}).ExtractErr()
	assert.True(t, errors.Is(err, gophercloud.ErrNotFound), "want no direct domain assignment, got %v", err)

	inherited, err := roles.ListInherited(admin, roles.ListInheritedOpts{DomainID: d.ID, UserID: u.ID}).Collect(ctx)
	require.NoError(t, err)
	require.Len(t, inherited, 1)
	assert.Equal(t, r.ID, inherited[0].ID)

	direct, err := roles.ListAssignments(admin, roles.ListAssignmentsOpts{UserID: u.ID, InheritedTo: roles.InheritedToProjects}).Collect(ctx)
	require.NoError(t, err)
	require.Len(t, direct, 1)
	assert.Equal(t, roles.InheritedToProjects, direct[0].Scope.InheritedTo)
	require.NotNil(t, direct[0].Scope.Domain)
	assert.Equal(t, d.ID, direct[0].Scope.Domain.ID)

	got := effectiveProjects()
	assert.Contains(t, got, child.ID, "the child project inherits the domain's assignment")
	assert.Contains(t, got, parent.ID, "so does every other project of the domain")

	require.NoError(t, roles.Unassign(ctx, admin, r.ID, onDomain).ExtractErr())
	assigned = false
	err = roles.Check(ctx, admin, r.ID, onDomain).ExtractErr()
	assert.True(t, errors.Is(err, gophercloud.ErrNotFound), "want 404 after unassigning, got %v", err)
	assert.Empty(t, effectiveProjects())

	// On a project, the assignment reaches its subtree but not the
	// project itself.
	onParent := roles.AssignOpts{UserID: u.ID, ProjectID: parent.ID, Inherited: true}
	require.NoError(t, roles.Assign(ctx, admin, r.ID, onParent).ExtractErr())
	t.Cleanup(func() {
		err := roles.Unassign(clients.Context(t, 30*time.Second), admin, r.ID, onParent).ExtractErr()
		if !errors.Is(err, gophercloud.ErrNotFound) {
			assert.NoError(t, err, "cleanup project assignment")
		}
	})
	require.NoError(t, roles.Check(ctx, admin, r.ID, onParent).ExtractErr())
	got = effectiveProjects()
	assert.True(t, slices.Equal(got, []string{child.ID}), "want only the child project, got %v", got)
	require.NoError(t, roles.Unassign(ctx, admin, r.ID, onParent).ExtractErr())
	assert.Empty(t, effectiveProjects())
}
