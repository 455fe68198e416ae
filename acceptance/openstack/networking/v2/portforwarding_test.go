//go:build acceptance

package networking_test

import (
	"context"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud/acceptance/clients"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/extensions/layer3/floatingips"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/extensions/layer3/portforwarding"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/extensions/layer3/routers"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/ports"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPortForwarding forwards a port of an unassociated floating IP to a
// port behind a router; it skips on a Neutron without the extension (the
// devcloud's, whose L3 plugin does not load it).
func TestPortForwarding(t *testing.T) {
	c := network(t)
	requireExtension(t, c, "floating-ip-port-forwarding")
	ctx := clients.Context(t, 3*time.Minute)
	pub := publicNetwork(t, c)
	n, s := createNetwork(t, c, "10.78.1.0/24")
	r, err := routers.Create(ctx, c, routers.CreateOpts{Name: clients.RandomName("router"), GatewayInfo: &routers.GatewayInfo{NetworkID: pub.ID}}).Extract()
	require.NoError(t, err)
	cleanup(t, "router "+r.ID, func(ctx context.Context) error { return routers.Delete(ctx, c, r.ID).ExtractErr() })
	_, err = routers.AddInterface(ctx, c, r.ID, routers.InterfaceOpts{SubnetID: s.ID}).Extract()
	require.NoError(t, err)
	cleanup(t, "router interface", func(ctx context.Context) error {
		return routers.RemoveInterface(ctx, c, r.ID, routers.InterfaceOpts{SubnetID: s.ID}).Err
	})
	p, err := ports.Create(ctx, c, ports.CreateOpts{NetworkID: n.ID, FixedIPs: &[]ports.IP{{SubnetID: s.ID, IPAddress: "10.78.1.30"}}}).Extract()
	require.NoError(t, err)
	cleanup(t, "port "+p.ID, func(ctx context.Context) error { return ports.Delete(ctx, c, p.ID).ExtractErr() })
	fip, err := floatingips.Create(ctx, c, floatingips.CreateOpts{FloatingNetworkID: pub.ID}).Extract()
	require.NoError(t, err)
	cleanup(t, "floating IP "+fip.ID, func(ctx context.Context) error { return floatingips.Delete(ctx, c, fip.ID).ExtractErr() })

	pf, err := portforwarding.Create(ctx, c, fip.ID, portforwarding.CreateOpts{
		Protocol: "tcp", ExternalPort: 2222, InternalPort: 22, InternalPortID: p.ID, InternalIPAddress: "10.78.1.30",
	}).Extract()
	require.NoError(t, err)
	cleanup(t, "port forwarding "+pf.ID, func(ctx context.Context) error { return portforwarding.Delete(ctx, c, fip.ID, pf.ID).ExtractErr() })
	got, err := portforwarding.Get(ctx, c, fip.ID, pf.ID).Extract()
	require.NoError(t, err)
	assert.Equal(t, 2222, got.ExternalPort)
	u, err := portforwarding.Update(ctx, c, fip.ID, pf.ID, portforwarding.UpdateOpts{InternalPort: 2022}).Extract()
	require.NoError(t, err)
	assert.Equal(t, 2022, u.InternalPort)
	all, err := portforwarding.List(c, fip.ID, portforwarding.ListOpts{Protocol: "tcp"}).Collect(ctx)
	require.NoError(t, err)
	require.Len(t, all, 1)
	require.NoError(t, portforwarding.Delete(ctx, c, fip.ID, pf.ID).ExtractErr())
}
