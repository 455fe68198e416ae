//go:build acceptance

package ops_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/acceptance/clients"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/secgroups"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// createSecGroup creates a group through Nova's proxy; t.Cleanup deletes it.
func createSecGroup(t *testing.T, c *gophercloud.ServiceClient) *secgroups.SecurityGroup {
	t.Helper()
	ctx := clients.Context(t, time.Minute)
	g, err := secgroups.Create(ctx, c, secgroups.CreateOpts{Name: clients.RandomName("sg-"), Description: "acceptance"}).Extract()
	require.NoError(t, err)
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		if err := secgroups.Delete(ctx, c, g.ID).ExtractErr(); err != nil && !errors.Is(err, gophercloud.ErrNotFound) {
			t.Errorf("deleting security group %s: %v", g.ID, err)
		}
	})
	return g
}

func TestSecGroups(t *testing.T) {
	c := demo(t) // default microversion 2.1; the proxy is gone from 2.36
	ctx := clients.Context(t, 2*time.Minute)
	g := createSecGroup(t, c)

	r, err := secgroups.CreateRule(ctx, c, secgroups.CreateRuleOpts{
		ParentGroupID: g.ID, IPProtocol: "tcp", FromPort: 22, ToPort: 22, CIDR: "10.0.0.0/24",
	}).Extract()
	require.NoError(t, err)
	assert.Equal(t, g.ID, r.ParentGroupID)
	assert.Equal(t, "10.0.0.0/24", r.IPRange.CIDR)

	got, err := secgroups.Get(ctx, c, g.ID).Extract()
	require.NoError(t, err)
	require.Len(t, got.Rules, 1)
	assert.Equal(t, r.ID, got.Rules[0].ID)

	all, err := secgroups.List(c, secgroups.ListOpts{}).Collect(ctx)
	require.NoError(t, err)
	found := false
	for _, x := range all {
		found = found || x.ID == g.ID
	}
	assert.True(t, found, "new group in List")

	u, err := secgroups.Update(ctx, c, g.ID, secgroups.UpdateOpts{Name: g.Name + "-x", Description: "renamed"}).Extract()
	require.NoError(t, err)
	assert.Equal(t, "renamed", u.Description)

	require.NoError(t, secgroups.DeleteRule(ctx, c, r.ID).ExtractErr())

	_, err = secgroups.List(c.WithMicroversion("2.36"), secgroups.ListOpts{}).Collect(ctx)
	require.Error(t, err)
	assert.True(t, errors.Is(err, gophercloud.ErrNotFound), "at 2.36 want ErrNotFound, got %v", err)
}

func TestSecGroupsOnServer(t *testing.T) {
	if testing.Short() {
		t.Skip("boots a server")
	}
	c := demo(t)
	g := createSecGroup(t, c)
	s := bootServer(t, c)
	ctx := clients.Context(t, 2*time.Minute)

	require.NoError(t, secgroups.AddServer(ctx, c, s.ID, g.Name).ExtractErr())
	on, err := secgroups.ListByServer(c, s.ID).Collect(ctx)
	require.NoError(t, err)
	names := make([]string, 0, len(on))
	for _, x := range on {
		names = append(names, x.Name)
	}
	assert.Contains(t, names, g.Name)
	require.NoError(t, secgroups.RemoveServer(ctx, c, s.ID, g.Name).ExtractErr())
}
