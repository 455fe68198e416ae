//go:build acceptance

package networking_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/acceptance/clients"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/common"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/extensions/external"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/extensions/layer3/floatingips"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/extensions/layer3/routers"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/extensions/security/groups"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/extensions/security/rules"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/extensions/tags"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/networks"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/ports"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/subnets"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// publicNetwork finds the external network "public" with the external
// filter.
func publicNetwork(t *testing.T, c *gophercloud.ServiceClient) external.Network {
	t.Helper()
	yes := true
	var found []external.Network
	for p, err := range networks.List(c, external.ListOptsExt{ListOptsBuilder: networks.ListOpts{Name: "public"}, External: &yes}).Pages(clients.Context(t, time.Minute)) {
		require.NoError(t, err)
		var page []external.Network
		require.NoError(t, networks.ExtractNetworksInto(p, &page))
		found = append(found, page...)
	}
	require.Len(t, found, 1, "one external network named public")
	require.True(t, found[0].External)
	return found[0]
}

func TestTopology(t *testing.T) {
	c := network(t)
	ctx := clients.Context(t, 3*time.Minute)
	pub := publicNetwork(t, c)

	n, s := createNetwork(t, c, "10.77.1.0/24")
	assert.Equal(t, []subnets.HostRoute{{DestinationCIDR: "198.51.100.0/24", NextHop: "10.77.1.254"}}, s.HostRoutes)
	assert.Equal(t, "10.77.1.1", s.GatewayIP)

	// Router with a gateway on public and an interface on the subnet.
	r, err := routers.Create(ctx, c, routers.CreateOpts{Name: clients.RandomName("router"),
		GatewayInfo: &routers.GatewayInfo{NetworkID: pub.ID}}).Extract()
	require.NoError(t, err)
	cleanup(t, "router "+r.ID, func(ctx context.Context) error { return routers.Delete(ctx, c, r.ID).ExtractErr() })
	require.NotNil(t, r.GatewayInfo)
	assert.Equal(t, pub.ID, r.GatewayInfo.NetworkID)
	require.NotEmpty(t, r.GatewayInfo.ExternalFixedIPs, "the gateway got an address on public")

	info, err := routers.AddInterface(ctx, c, r.ID, routers.InterfaceOpts{SubnetID: s.ID}).Extract()
	require.NoError(t, err)
	assert.Equal(t, s.ID, info.SubnetID)
	cleanup(t, "router interface", func(ctx context.Context) error {
		return routers.RemoveInterface(ctx, c, r.ID, routers.InterfaceOpts{SubnetID: s.ID}).Err
	})
	r, err = routers.Update(ctx, c, r.ID, routers.UpdateOpts{Routes: &[]routers.Route{{DestinationCIDR: "203.0.113.0/24", NextHop: "10.77.1.200"}}}).Extract()
	require.NoError(t, err)
	assert.Equal(t, []routers.Route{{DestinationCIDR: "203.0.113.0/24", NextHop: "10.77.1.200"}}, r.Routes)
	_, err = routers.Update(ctx, c, r.ID, routers.UpdateOpts{Routes: &[]routers.Route{}}).Extract()
	require.NoError(t, err)

	// Security group with two rules.
	sg, err := groups.Create(ctx, c, groups.CreateOpts{Name: clients.RandomName("sg"), Description: "acceptance"}).Extract()
	require.NoError(t, err)
	cleanup(t, "security group "+sg.ID, func(ctx context.Context) error { return groups.Delete(ctx, c, sg.ID).ExtractErr() })
	assert.NotEmpty(t, sg.Rules, "default egress rules")
	ssh, err := rules.Create(ctx, c, rules.CreateOpts{SecGroupID: sg.ID, Direction: rules.DirIngress, EtherType: rules.EtherType4,
		Protocol: rules.ProtocolTCP, PortRangeMin: 22, PortRangeMax: 22, RemoteIPPrefix: "192.0.2.0/24"}).Extract()
	require.NoError(t, err)
	cleanup(t, "rule "+ssh.ID, func(ctx context.Context) error { return rules.Delete(ctx, c, ssh.ID).ExtractErr() })
	icmp, err := rules.Create(ctx, c, rules.CreateOpts{SecGroupID: sg.ID, Direction: rules.DirIngress, EtherType: rules.EtherType4,
		Protocol: rules.ProtocolICMP, RemoteGroupID: sg.ID}).Extract()
	require.NoError(t, err)
	cleanup(t, "rule "+icmp.ID, func(ctx context.Context) error { return rules.Delete(ctx, c, icmp.ID).ExtractErr() })
	got, err := rules.List(c, rules.ListOpts{SecGroupID: sg.ID, Direction: rules.DirIngress}).Collect(ctx)
	require.NoError(t, err)
	assert.Len(t, got, 2)

	// Port with a fixed IP, an allowed address pair and the group.
	p, err := ports.Create(ctx, c, ports.CreateOpts{NetworkID: n.ID, Name: clients.RandomName("port"),
		FixedIPs:            &[]ports.IP{{SubnetID: s.ID, IPAddress: "10.77.1.20"}},
		SecurityGroups:      &[]string{sg.ID},
		AllowedAddressPairs: []ports.AddressPair{{IPAddress: "10.77.1.100"}},
		ExtraDHCPOpts:       []ports.ExtraDHCPOpt{{OptName: "bootfile-name", OptValue: "pxelinux.0"}},
	}).Extract()
	require.NoError(t, err)
	cleanup(t, "port "+p.ID, func(ctx context.Context) error { return ports.Delete(ctx, c, p.ID).ExtractErr() })
	assert.Equal(t, "DOWN", p.Status, "no agent binds ports in the devcloud")
	assert.Equal(t, []ports.IP{{SubnetID: s.ID, IPAddress: "10.77.1.20"}}, p.FixedIPs)
	assert.Equal(t, "10.77.1.100", p.AllowedAddressPairs[0].IPAddress)
	assert.Equal(t, []string{sg.ID}, p.SecurityGroups)
	require.NotNil(t, p.PortSecurityEnabled)
	assert.True(t, *p.PortSecurityEnabled)
	assert.Equal(t, "normal", p.VNICType)
	require.Len(t, p.ExtraDHCPOpts, 1)
	byIP, err := ports.List(c, ports.ListOpts{NetworkID: n.ID, FixedIPs: []ports.FixedIPFilter{{IPAddress: "10.77.1.20"}}}).Collect(ctx)
	require.NoError(t, err)
	require.Len(t, byIP, 1)
	assert.Equal(t, p.ID, byIP[0].ID)

	// Floating IP: create, associate, disassociate.
	fip, err := floatingips.Create(ctx, c, floatingips.CreateOpts{FloatingNetworkID: pub.ID, Description: "acceptance"}).Extract()
	require.NoError(t, err)
	cleanup(t, "floating IP "+fip.ID, func(ctx context.Context) error { return floatingips.Delete(ctx, c, fip.ID).ExtractErr() })
	assert.Empty(t, fip.PortID)
	fip, err = floatingips.Associate(ctx, c, fip.ID, p.ID, "").Extract()
	require.NoError(t, err)
	assert.Equal(t, p.ID, fip.PortID)
	assert.Equal(t, "10.77.1.20", fip.FixedIP)
	assert.Equal(t, r.ID, fip.RouterID)
	fip, err = floatingips.Disassociate(ctx, c, fip.ID).Extract()
	require.NoError(t, err)
	assert.Empty(t, fip.PortID)
	assert.Empty(t, fip.FixedIP)
}

func TestRevisionIfMatch(t *testing.T) {
	c := network(t)
	requireExtension(t, c, "revision-if-match")
	ctx := clients.Context(t, 2*time.Minute)
	n, _ := createNetwork(t, c, "10.77.2.0/24")
	cur, err := networks.Get(ctx, c, n.ID).Extract()
	require.NoError(t, err)
	stale := cur.RevisionNumber

	upd, err := networks.Update(ctx, c, n.ID, networks.UpdateOpts{Description: gophercloud.MaybeString("first"),
		IfMatch: common.IfMatch{RevisionNumber: stale}}).Extract()
	require.NoError(t, err, "the current revision matches")
	assert.Greater(t, upd.RevisionNumber, stale)

	_, err = networks.Update(ctx, c, n.ID, networks.UpdateOpts{Description: gophercloud.MaybeString("second"),
		IfMatch: common.IfMatch{RevisionNumber: stale}}).Extract()
	require.Error(t, err)
	assert.ErrorIs(t, err, gophercloud.ErrPreconditionFailed)
	assert.True(t, gophercloud.ResponseCodeIs(err, 412), "%v", err)

	again, err := networks.Get(ctx, c, n.ID).Extract()
	require.NoError(t, err)
	assert.Equal(t, "first", again.Description, "the refused update changed nothing")
}

func TestTags(t *testing.T) {
	c := network(t)
	requireExtension(t, c, "standard-attr-tag")
	ctx := clients.Context(t, 2*time.Minute)
	a, _ := createNetwork(t, c, "10.77.3.0/24")
	b, _ := createNetwork(t, c, "10.77.4.0/24")
	mark := clients.RandomName("tag")

	require.NoError(t, tags.Add(ctx, c, "networks", a.ID, mark).ExtractErr())
	require.NoError(t, tags.Add(ctx, c, "networks", a.ID, "red").ExtractErr())
	has, err := tags.Check(ctx, c, "networks", a.ID, "red").Extract()
	require.NoError(t, err)
	assert.True(t, has)
	has, err = tags.Check(ctx, c, "networks", a.ID, "blue").Extract()
	require.NoError(t, err)
	assert.False(t, has)
	all, err := tags.ReplaceAll(ctx, c, "networks", b.ID, []string{mark, "blue"}).Extract()
	require.NoError(t, err)
	assert.ElementsMatch(t, []string{mark, "blue"}, all)

	ids := func(q common.Query) []string {
		t.Helper()
		got, err := networks.List(c, networks.ListOpts{Query: q}).Collect(ctx)
		require.NoError(t, err)
		var out []string
		for _, n := range got {
			out = append(out, n.ID)
		}
		slices.Sort(out)
		return out
	}
	both := []string{a.ID, b.ID}
	slices.Sort(both)
	assert.Equal(t, both, ids(common.Query{Tags: gophercloud.CommaList{mark}}))
	assert.Equal(t, []string{a.ID}, ids(common.Query{Tags: gophercloud.CommaList{mark, "red"}}))
	assert.Equal(t, both, ids(common.Query{TagsAny: gophercloud.CommaList{mark + "-x", mark}}))
	assert.Equal(t, []string{b.ID}, ids(common.Query{Tags: gophercloud.CommaList{mark}, NotTags: gophercloud.CommaList{"red"}}))
	assert.Equal(t, []string{a.ID}, ids(common.Query{Tags: gophercloud.CommaList{mark}, NotTagsAny: gophercloud.CommaList{"blue", "green"}}))

	require.NoError(t, tags.Delete(ctx, c, "networks", a.ID, "red").ExtractErr())
	got, err := tags.List(ctx, c, "networks", a.ID).Extract()
	require.NoError(t, err)
	assert.Equal(t, []string{mark}, got)
	require.NoError(t, tags.DeleteAll(ctx, c, "networks", b.ID).ExtractErr())
	nb, err := networks.Get(ctx, c, b.ID).Extract()
	require.NoError(t, err)
	assert.Empty(t, nb.Tags)
}
