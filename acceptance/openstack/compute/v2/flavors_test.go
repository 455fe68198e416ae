//go:build acceptance

package compute_test

import (
	"os"
	"slices"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/acceptance/clients"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/flavors"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFlavorsListAndGet(t *testing.T) {
	id := clients.Env(t, "OS_FLAVOR_ID")
	c := rcCompute(t, "2.75")
	ctx := clients.Context(t, 2*time.Minute)

	all, err := flavors.List(c, flavors.ListOpts{}).Collect(ctx)
	require.NoError(t, err)
	require.NotEmpty(t, all)
	i := slices.IndexFunc(all, func(f flavors.Flavor) bool { return f.ID == id })
	require.GreaterOrEqual(t, i, 0, "flavor %s in the list", id)

	// Pages of one flavor each, followed through flavors_links.
	var paged []string
	for f, err := range flavors.List(c, flavors.ListOpts{Limit: 1}).All(ctx) {
		require.NoError(t, err)
		paged = append(paged, f.ID)
	}
	rcAssertPaged(t, paged, id, len(all))

	// Filters and sorting are applied by Nova.
	big, err := flavors.List(c, flavors.ListOpts{MinRAM: all[i].RAM + 1, SortKey: "memory_mb", SortDir: "desc"}).Collect(ctx)
	require.NoError(t, err)
	for j, f := range big {
		assert.Greater(t, f.RAM, all[i].RAM)
		if j > 0 {
			assert.LessOrEqual(t, f.RAM, big[j-1].RAM, "sorted by memory_mb desc")
		}
	}

	f, err := flavors.Get(ctx, c, id).Extract()
	require.NoError(t, err)
	assert.Equal(t, all[i], *f)
	if name := os.Getenv("OS_FLAVOR_NAME"); name != "" {
		assert.Equal(t, name, f.Name)
	}
	assert.Positive(t, f.RAM)
	assert.Positive(t, f.VCPUs)
	assert.True(t, f.IsPublic)

	// At 2.1 Nova sends swap as "" when there is none; it still decodes.
	old := rcCompute(t, "")
	f1, err := flavors.Get(ctx, old, id).Extract()
	require.NoError(t, err)
	assert.Equal(t, f.Swap, f1.Swap)
	assert.Equal(t, f.Name, f1.Name)

	_, err = flavors.Get(ctx, c, "no-such-flavor-"+clients.RandomName("x")).Extract()
	assert.ErrorIs(t, err, gophercloud.ErrNotFound)
}

// rcAssertPaged checks a walk of pages of one item each: it found want,
// saw no item twice and, when there is more than one item, followed at
// least one next link. (Other tests may create or delete items meanwhile,
// so it does not compare with an earlier full list.)
func rcAssertPaged(t *testing.T, paged []string, want string, total int) {
	t.Helper()
	assert.Contains(t, paged, want)
	seen := map[string]bool{}
	for _, id := range paged {
		assert.False(t, seen[id], "%s listed twice", id)
		seen[id] = true
	}
	if total > 1 {
		assert.Greater(t, len(paged), 1, "the pager followed the next links")
	}
}

func TestFlavorsAdminLifecycle(t *testing.T) {
	admin := rcAdminCompute(t, "2.75")
	demo := rcCompute(t, "2.75")
	demoProject := rcProjectID(t)
	ctx := clients.Context(t, 3*time.Minute)

	private, swap, eph := false, 128, 1
	name := clients.RandomName("flv")
	f, err := flavors.Create(ctx, admin, flavors.CreateOpts{
		Name: name, RAM: 256, VCPUs: 1, Disk: 1, Swap: &swap, Ephemeral: &eph, RxTxFactor: 1.5,
		IsPublic: &private, Description: "created by the acceptance tests",
	}).Extract()
	require.NoError(t, err)
	t.Cleanup(func() {
		ctx := clients.Context(t, time.Minute)
		err := flavors.Delete(ctx, admin, f.ID).ExtractErr()
		if err != nil && !gophercloud.ResponseCodeIs(err, 404) {
			t.Errorf("deleting flavor %s: %v", f.ID, err)
		}
	})
	assert.Equal(t, name, f.Name)
	assert.Equal(t, 256, f.RAM)
	assert.Equal(t, 128, f.Swap)
	assert.Equal(t, 1, f.Ephemeral)
	assert.InDelta(t, 1.5, f.RxTxFactor, 1e-9)
	assert.False(t, f.IsPublic)
	assert.Equal(t, "created by the acceptance tests", f.Description)

	got, err := flavors.Get(ctx, admin, f.ID).Extract()
	require.NoError(t, err)
	assert.Equal(t, f.ID, got.ID)

	// Description (2.55).
	upd, err := flavors.Update(ctx, admin, f.ID, flavors.UpdateOpts{Description: "updated"}).Extract()
	require.NoError(t, err)
	assert.Equal(t, "updated", upd.Description)

	// Extra specs.
	specs, err := flavors.CreateExtraSpecs(ctx, admin, f.ID, flavors.ExtraSpecsOpts{
		"hw:cpu_policy": "shared", "hw:numa_nodes": "1",
	}).Extract()
	require.NoError(t, err)
	assert.Equal(t, map[string]string{"hw:cpu_policy": "shared", "hw:numa_nodes": "1"}, specs)
	v, err := flavors.GetExtraSpec(ctx, admin, f.ID, "hw:numa_nodes").ExtractValue()
	require.NoError(t, err)
	assert.Equal(t, "1", v)
	v, err = flavors.UpdateExtraSpec(ctx, admin, f.ID, "hw:numa_nodes", "2").ExtractValue()
	require.NoError(t, err)
	assert.Equal(t, "2", v)
	require.NoError(t, flavors.DeleteExtraSpec(ctx, admin, f.ID, "hw:cpu_policy").ExtractErr())
	specs, err = flavors.ListExtraSpecs(ctx, admin, f.ID).Extract()
	require.NoError(t, err)
	assert.Equal(t, map[string]string{"hw:numa_nodes": "2"}, specs)
	got, err = flavors.Get(ctx, admin, f.ID).Extract()
	require.NoError(t, err)
	assert.Equal(t, specs, got.ExtraSpecs, "flavor bodies carry extra specs from 2.61")

	// Access to the private flavor: the demo project cannot see it until
	// it is given access.
	_, err = flavors.Get(ctx, demo, f.ID).Extract()
	assert.ErrorIs(t, err, gophercloud.ErrNotFound, "private flavor hidden from demo")

	access, err := flavors.AddAccess(ctx, admin, f.ID, flavors.AccessOpts{Tenant: demoProject}).Extract()
	require.NoError(t, err)
	assert.Contains(t, access, flavors.FlavorAccess{FlavorID: f.ID, TenantID: demoProject})
	listed, err := flavors.ListAccesses(admin, f.ID).Collect(ctx)
	require.NoError(t, err)
	assert.Equal(t, access, listed)

	seen, err := flavors.Get(ctx, demo, f.ID).Extract()
	require.NoError(t, err, "demo sees the flavor once given access")
	assert.Equal(t, name, seen.Name)
	all, err := flavors.List(admin, flavors.ListOpts{AccessType: flavors.AllAccess}).Collect(ctx)
	require.NoError(t, err)
	assert.True(t, slices.ContainsFunc(all, func(x flavors.Flavor) bool { return x.ID == f.ID }), "admin lists private flavors with is_public=None")
	public, err := flavors.List(admin, flavors.ListOpts{AccessType: flavors.PublicAccess}).Collect(ctx)
	require.NoError(t, err)
	assert.False(t, slices.ContainsFunc(public, func(x flavors.Flavor) bool { return x.ID == f.ID }), "is_public=true hides it")

	access, err = flavors.RemoveAccess(ctx, admin, f.ID, flavors.AccessOpts{Tenant: demoProject}).Extract()
	require.NoError(t, err)
	assert.NotContains(t, access, flavors.FlavorAccess{FlavorID: f.ID, TenantID: demoProject})
	_, err = flavors.Get(ctx, demo, f.ID).Extract()
	assert.ErrorIs(t, err, gophercloud.ErrNotFound, "hidden again after RemoveAccess")

	// The demo user may not create flavors.
	_, err = flavors.Create(ctx, demo, flavors.CreateOpts{Name: name + "-demo", RAM: 64, VCPUs: 1}).Extract()
	assert.ErrorIs(t, err, gophercloud.ErrForbidden)

	require.NoError(t, flavors.Delete(ctx, admin, f.ID).ExtractErr())
	_, err = flavors.Get(ctx, admin, f.ID).Extract()
	assert.ErrorIs(t, err, gophercloud.ErrNotFound)
}
