//go:build acceptance

package networking_test

import (
	"context"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud/acceptance/clients"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/extensions/portsecurity"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/extensions/provider"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/networks"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestProviderNetwork creates a network with provider attributes as admin,
// trying the type drivers a devcloud ML2 may have, and reads them back.
func TestProviderNetwork(t *testing.T) {
	c := adminNetwork(t)
	requireExtension(t, c, "provider")
	ctx := clients.Context(t, 2*time.Minute)
	var errs []error
	for _, try := range []provider.CreateOptsExt{
		{NetworkType: "vxlan", SegmentationID: 4000 + int(time.Now().UnixNano()%1000)},
		{NetworkType: "flat", PhysicalNetwork: "public"},
		{NetworkType: "vlan", PhysicalNetwork: "public", SegmentationID: 100 + int(time.Now().UnixNano()%100)},
		{NetworkType: "local"},
	} {
		try.CreateOptsBuilder = networks.CreateOpts{Name: clients.RandomName("prov")}
		var n provider.Network
		err := networks.Create(ctx, c, try).ExtractIntoEnvelope("network", &n)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		cleanup(t, "network "+n.ID, func(ctx context.Context) error { return networks.Delete(ctx, c, n.ID).ExtractErr() })
		t.Logf("created a %s network (refused before: %v)", try.NetworkType, errs)
		var got provider.Network
		require.NoError(t, networks.Get(ctx, c, n.ID).ExtractIntoEnvelope("network", &got))
		assert.Equal(t, try.NetworkType, got.NetworkType)
		assert.Equal(t, try.PhysicalNetwork, got.PhysicalNetwork)
		if try.SegmentationID != 0 {
			assert.Equal(t, try.SegmentationID, got.SegmentationID)
		}
		require.NoError(t, networks.Delete(ctx, c, n.ID).ExtractErr())
		return
	}
	t.Skipf("this Neutron's ML2 refused every provider network type: %v", errs)
}

// TestPortSecurityNetwork creates a network with port security off.
func TestPortSecurityNetwork(t *testing.T) {
	c := network(t)
	requireExtension(t, c, "port-security")
	ctx := clients.Context(t, time.Minute)
	off := false
	var n portsecurity.Network
	require.NoError(t, networks.Create(ctx, c, portsecurity.CreateOptsExt{
		CreateOptsBuilder: networks.CreateOpts{Name: clients.RandomName("psec")}, PortSecurityEnabled: &off,
	}).ExtractIntoEnvelope("network", &n))
	cleanup(t, "network "+n.ID, func(ctx context.Context) error { return networks.Delete(ctx, c, n.ID).ExtractErr() })
	assert.False(t, n.PortSecurityEnabled)
	var got portsecurity.Network
	require.NoError(t, networks.Get(ctx, c, n.ID).ExtractIntoEnvelope("network", &got))
	assert.False(t, got.PortSecurityEnabled)
	on := true
	var upd portsecurity.Network
	require.NoError(t, networks.Update(ctx, c, n.ID, portsecurity.UpdateOptsExt{
		UpdateOptsBuilder: networks.UpdateOpts{}, PortSecurityEnabled: &on,
	}).ExtractIntoEnvelope("network", &upd))
	assert.True(t, upd.PortSecurityEnabled)
}
