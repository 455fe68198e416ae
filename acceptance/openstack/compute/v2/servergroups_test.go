//go:build acceptance

package compute_test

import (
	"slices"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/acceptance/clients"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/servergroups"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// rcServerGroup creates a server group and deletes it when the test ends.
func rcServerGroup(t *testing.T, c *gophercloud.ServiceClient, opts servergroups.CreateOpts) *servergroups.ServerGroup {
	t.Helper()
	g, err := servergroups.Create(clients.Context(t, time.Minute), c, opts).Extract()
	require.NoError(t, err)
	t.Cleanup(func() {
		err := servergroups.Delete(clients.Context(t, time.Minute), c, g.ID).ExtractErr()
		if err != nil && !gophercloud.ResponseCodeIs(err, 404) {
			t.Errorf("deleting server group %s: %v", g.ID, err)
		}
	})
	return g
}

func TestServerGroupsPolicyAndRules(t *testing.T) {
	c := rcCompute(t, "2.64")
	ctx := clients.Context(t, 2*time.Minute)
	name := clients.RandomName("sg")
	g := rcServerGroup(t, c, servergroups.CreateOpts{
		Name: name, Policy: servergroups.PolicyAntiAffinity, Rules: &servergroups.Rules{MaxServerPerHost: 2},
	})
	assert.Equal(t, name, g.Name)
	assert.Equal(t, "anti-affinity", g.Policy)
	assert.Empty(t, g.Policies, "no policies list from 2.64")
	require.NotNil(t, g.Rules)
	assert.Equal(t, 2, g.Rules.MaxServerPerHost)
	assert.Empty(t, g.Members)

	got, err := servergroups.Get(ctx, c, g.ID).Extract()
	require.NoError(t, err)
	assert.Equal(t, *g, *got)
	assert.NotEmpty(t, got.UserID, "user_id is shown from 2.13")
	assert.NotEmpty(t, got.ProjectID)

	all, err := servergroups.List(c, servergroups.ListOpts{}).Collect(ctx)
	require.NoError(t, err)
	assert.True(t, slices.ContainsFunc(all, func(x servergroups.ServerGroup) bool { return x.ID == g.ID }))

	// Offset paging selects one page.
	first, err := servergroups.List(c, servergroups.ListOpts{Limit: 1}).Collect(ctx)
	require.NoError(t, err)
	assert.Len(t, first, 1)

	require.NoError(t, servergroups.Delete(ctx, c, g.ID).ExtractErr())
	_, err = servergroups.Get(ctx, c, g.ID).Extract()
	assert.ErrorIs(t, err, gophercloud.ErrNotFound)
}

func TestServerGroupsPolicies(t *testing.T) {
	c := rcCompute(t, "") // 2.1
	ctx := clients.Context(t, time.Minute)
	g := rcServerGroup(t, c, servergroups.CreateOpts{Name: clients.RandomName("sg"), Policies: []string{servergroups.PolicyAffinity}})
	assert.Equal(t, []string{"affinity"}, g.Policies)
	assert.Empty(t, g.Policy)
	assert.Nil(t, g.Rules)
	assert.Equal(t, "affinity", g.EffectivePolicy())

	// The same group read at 2.64 shows the new fields.
	newer := rcCompute(t, "2.64")
	got, err := servergroups.Get(ctx, newer, g.ID).Extract()
	require.NoError(t, err)
	assert.Equal(t, "affinity", got.Policy)
	assert.Equal(t, "affinity", got.EffectivePolicy())

	// Policies is refused at 2.64; the error comes from Nova.
	_, err = servergroups.Create(ctx, newer, servergroups.CreateOpts{Name: clients.RandomName("sg"), Policies: []string{"affinity"}}).Extract()
	assert.ErrorIs(t, err, gophercloud.ErrBadRequest)
}
