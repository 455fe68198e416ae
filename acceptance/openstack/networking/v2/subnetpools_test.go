//go:build acceptance

package networking_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud/acceptance/clients"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/common"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/extensions/subnetpools"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/networks"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/subnets"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSubnetPool creates a pool, a subnet taken from it, and cleans up.
func TestSubnetPool(t *testing.T) {
	c := network(t)
	requireExtension(t, c, "subnet_allocation")
	ctx := clients.Context(t, 2*time.Minute)
	prefix := fmt.Sprintf("10.%d.0.0/16", 100+time.Now().UnixNano()%100)
	p, err := subnetpools.Create(ctx, c, subnetpools.CreateOpts{
		Name: clients.RandomName("pool"), Prefixes: []string{prefix},
		DefaultPrefixLen: 26, MinPrefixLen: 24, MaxPrefixLen: 28,
	}).Extract()
	require.NoError(t, err)
	cleanup(t, "subnet pool "+p.ID, func(ctx context.Context) error { return subnetpools.Delete(ctx, c, p.ID).ExtractErr() })
	assert.Equal(t, 4, p.IPVersion)
	assert.Equal(t, []string{prefix}, p.Prefixes)

	desc := "updated"
	u, err := subnetpools.Update(ctx, c, p.ID, subnetpools.UpdateOpts{Description: &desc, IfMatch: common.IfMatch{RevisionNumber: p.RevisionNumber}}).Extract()
	require.NoError(t, err)
	assert.Equal(t, desc, u.Description)

	got, err := subnetpools.List(c, subnetpools.ListOpts{Name: p.Name}).Collect(ctx)
	require.NoError(t, err)
	require.Len(t, got, 1)
	assert.Equal(t, p.ID, got[0].ID)

	n, err := networks.Create(ctx, c, networks.CreateOpts{Name: clients.RandomName("poolnet")}).Extract()
	require.NoError(t, err)
	cleanup(t, "network "+n.ID, func(ctx context.Context) error { return networks.Delete(ctx, c, n.ID).ExtractErr() })
	s, err := subnets.Create(ctx, c, subnets.CreateOpts{NetworkID: n.ID, IPVersion: 4, SubnetPoolID: p.ID, PrefixLen: 27}).Extract()
	require.NoError(t, err)
	cleanup(t, "subnet "+s.ID, func(ctx context.Context) error { return subnets.Delete(ctx, c, s.ID).ExtractErr() })
	assert.Equal(t, p.ID, s.SubnetPoolID)
	assert.Contains(t, s.CIDR, "/27")

	require.NoError(t, subnets.Delete(ctx, c, s.ID).ExtractErr())
	require.NoError(t, subnetpools.Delete(ctx, c, p.ID).ExtractErr())
}
