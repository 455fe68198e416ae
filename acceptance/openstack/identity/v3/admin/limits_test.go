//go:build acceptance

package admin

import (
	"errors"
	"net/http"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/acceptance/clients"
	"github.com/cloudsdk/gophercloud/openstack"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/limits"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/projects"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/registeredlimits"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/services"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// computeServiceID returns the catalog's compute service, which every
// devcloud registers.
func computeServiceID(t *testing.T, admin *gophercloud.ServiceClient) string {
	ss, err := services.List(admin, services.ListOpts{Type: "compute"}).Collect(clients.Context(t, 30*time.Second))
	require.NoError(t, err)
	if len(ss) == 0 {
		t.Skip("no compute service in this cloud's catalog")
	}
	return ss[0].ID
}

// TestUnifiedLimits registers a default for a resource no other run uses,
// overrides it for a fresh project, lists, updates and reads both back,
// reads the enforcement model, and deletes them.
func TestUnifiedLimits(t *testing.T) {
	admin := clients.AdminService(t, openstack.NewIdentityV3)
	ctx := clients.Context(t, 2*time.Minute)
	nova := computeServiceID(t, admin)
	res := clients.RandomName("res")

	rls, err := registeredlimits.Create(ctx, admin, registeredlimits.CreateOpts{ServiceID: nova, ResourceName: res, DefaultLimit: 10, Description: "acceptance"}).Extract()
	require.NoError(t, err)
	require.Len(t, rls, 1)
	rl := rls[0]
	t.Cleanup(func() {
		assert.NoError(t, registeredlimits.Delete(clients.Context(t, 30*time.Second), admin, rl.ID).ExtractErr())
	})
	assert.Equal(t, 10, rl.DefaultLimit)

	_, err = registeredlimits.Create(ctx, admin, registeredlimits.CreateOpts{ServiceID: nova, ResourceName: res, DefaultLimit: 1}).Extract()
	assert.True(t, errors.Is(err, gophercloud.ErrConflict), "a second registered limit of the same resource: want 409, got %v", err)

	got, err := registeredlimits.Get(ctx, admin, rl.ID).Extract()
	require.NoError(t, err)
	assert.Equal(t, res, got.ResourceName)
	assert.Equal(t, nova, got.ServiceID)

	found, err := registeredlimits.List(admin, registeredlimits.ListOpts{ServiceID: nova, ResourceName: res}).Collect(ctx)
	require.NoError(t, err)
	require.Len(t, found, 1)
	assert.Equal(t, rl.ID, found[0].ID)

	twelve := 12
	updRL, err := registeredlimits.Update(ctx, admin, rl.ID, registeredlimits.UpdateOpts{DefaultLimit: &twelve}).Extract()
	require.NoError(t, err)
	assert.Equal(t, 12, updRL.DefaultLimit)

	p, err := projects.Create(ctx, admin, projects.CreateOpts{Name: clients.RandomName("proj"), DomainID: "default"}).Extract()
	require.NoError(t, err)
	t.Cleanup(func() {
		assert.NoError(t, projects.Delete(clients.Context(t, 30*time.Second), admin, p.ID).ExtractErr())
	})

	ls, err := limits.Create(ctx, admin, limits.CreateOpts{ServiceID: nova, ProjectID: p.ID, ResourceName: res, ResourceLimit: 5}).Extract()
	require.NoError(t, err)
	require.Len(t, ls, 1)
	l := ls[0]
	t.Cleanup(func() {
		assert.NoError(t, limits.Delete(clients.Context(t, 30*time.Second), admin, l.ID).ExtractErr())
	})
	assert.Equal(t, p.ID, l.ProjectID)
	assert.Equal(t, 5, l.ResourceLimit)

	gotL, err := limits.Get(ctx, admin, l.ID).Extract()
	require.NoError(t, err)
	assert.Equal(t, res, gotL.ResourceName)

	// Keystone shows a project-scoped token only its own project's
	// limits, so the fresh project's is listed with a system token.
	system := systemAdmin(t)
	listed, err := limits.List(system, limits.ListOpts{ServiceID: nova, ResourceName: res, ProjectID: p.ID}).Collect(ctx)
	require.NoError(t, err)
	require.Len(t, listed, 1)
	assert.Equal(t, l.ID, listed[0].ID)
	mine, err := limits.List(admin, limits.ListOpts{ResourceName: res}).Collect(ctx)
	require.NoError(t, err)
	assert.Empty(t, mine, "a project-scoped token sees only its own project's limits")

	seven, desc := 7, "raised"
	updL, err := limits.Update(ctx, admin, l.ID, limits.UpdateOpts{ResourceLimit: &seven, Description: &desc}).Extract()
	require.NoError(t, err)
	assert.Equal(t, 7, updL.ResourceLimit)
	assert.Equal(t, desc, updL.Description)

	err = registeredlimits.Delete(ctx, admin, rl.ID).ExtractErr()
	assert.True(t, gophercloud.ResponseCodeIs(err, http.StatusForbidden), "deleting a registered limit a project limit refers to: want 403, got %v", err)

	m, err := limits.GetModel(ctx, admin).Extract()
	require.NoError(t, err)
	assert.Contains(t, []string{"flat", "strict-two-level"}, m.Name)
	assert.NotEmpty(t, m.Description)
	t.Logf("enforcement model: %s", m.Name)
}

// systemAdmin is the admin user with a system-scoped token, skipping when
// the admin has no role on the system.
func systemAdmin(t *testing.T) *gophercloud.ServiceClient {
	t.Helper()
	opts := clients.AdminAuthOptions(t)
	opts.TenantID, opts.TenantName = "", ""
	opts.Scope = &gophercloud.AuthScope{System: true}
	p, err := openstack.AuthenticatedClient(clients.Context(t, time.Minute), opts)
	if gophercloud.ResponseCodeIs(err, http.StatusUnauthorized) {
		t.Skipf("the admin user has no role on the system: %v", err)
	}
	require.NoError(t, err)
	sc, err := openstack.NewIdentityV3(p, openstack.EndpointOptsFromEnv())
	require.NoError(t, err)
	return sc
}

// TestDemoCannotRegisterLimit checks that a member's registered limit is
// refused with a 403 the caller can inspect.
func TestDemoCannotRegisterLimit(t *testing.T) {
	demo := clients.DemoService(t, openstack.NewIdentityV3)
	admin := clients.AdminService(t, openstack.NewIdentityV3)
	nova := computeServiceID(t, admin)
	ctx := clients.Context(t, time.Minute)

	rls, err := registeredlimits.Create(ctx, demo, registeredlimits.CreateOpts{ServiceID: nova, ResourceName: clients.RandomName("res"), DefaultLimit: 1}).Extract()
	for _, rl := range rls { // only if the cloud wrongly accepted it
		t.Cleanup(func() {
			assert.NoError(t, registeredlimits.Delete(clients.Context(t, 30*time.Second), admin, rl.ID).ExtractErr())
		})
	}
	var unexpected *gophercloud.ErrUnexpectedResponseCode
	require.True(t, errors.As(err, &unexpected), "want *gophercloud.ErrUnexpectedResponseCode, got %T: %v", err, err)
	assert.Equal(t, http.StatusForbidden, unexpected.Actual)
	assert.Equal(t, http.MethodPost, unexpected.Method)
	assert.True(t, errors.Is(err, gophercloud.ErrForbidden), "want 403, got %v", err)
	t.Logf("demo: %v", err)
}
