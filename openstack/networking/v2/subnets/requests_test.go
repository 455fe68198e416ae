package subnets_test

import (
	"context"
	"net/http"
	"net/url"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/common"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/subnets"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestList(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /subnets", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestQuery(t, r, url.Values{"network_id": {"d32019d3"}, "ip_version": {"6"}, "tags-any": {"a,b"}})
		testhelper.WriteJSON(w, http.StatusOK, listJSON)
	})
	got, err := subnets.List(th.ServiceClient(), subnets.ListOpts{NetworkID: "d32019d3", IPVersion: 6,
		Query: common.Query{TagsAny: gophercloud.CommaList{"a", "b"}}}).Collect(t.Context())
	require.NoError(t, err)
	require.Len(t, got, 2)
	assert.Equal(t, "fdf8:f53b:82e4::/64", got[1].CIDR)
	testhelper.CheckFailures(t, "GET /subnets", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := subnets.List(c, subnets.ListOpts{}).AllPages(ctx)
		return err
	})
}

func TestGet(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /subnets/54d6f61d", http.StatusOK, subnetJSON)
	th.HandleJSON("GET /subnets/a1b8c6c7", http.StatusOK, subnetV6JSON)
	s, err := subnets.Get(t.Context(), th.ServiceClient(), "54d6f61d").Extract()
	require.NoError(t, err)
	assert.Equal(t, []subnets.AllocationPool{{Start: "192.168.199.2", End: "192.168.199.254"}}, s.AllocationPools)
	assert.Equal(t, []subnets.HostRoute{{DestinationCIDR: "10.20.0.0/16", NextHop: "192.168.199.1"}}, s.HostRoutes)
	assert.Equal(t, []string{"8.8.8.8"}, s.DNSNameservers)
	assert.Equal(t, "192.168.199.1", s.GatewayIP)
	assert.Equal(t, 2, s.RevisionNumber)
	v6, err := subnets.Get(t.Context(), th.ServiceClient(), "a1b8c6c7").Extract()
	require.NoError(t, err)
	assert.Equal(t, subnets.IPv6SLAAC, v6.IPv6AddressMode)
	assert.Equal(t, subnets.IPv6SLAAC, v6.IPv6RAMode)
	assert.Empty(t, v6.GatewayIP)
	assert.Equal(t, "f49a1319-423a-4ee6-ba54-1d95a4f6cc68", v6.SubnetPoolID)
	testhelper.CheckFailures(t, "GET /subnets/x", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := subnets.Get(ctx, c, "x").Extract()
		return err
	})
}

func TestCreate(t *testing.T) {
	noGateway := ""
	for _, tc := range []struct {
		name string
		opts subnets.CreateOpts
		want string
	}{
		{"v4 with pools and routes", subnets.CreateOpts{
			NetworkID: "d32019d3", IPVersion: 4, CIDR: "192.168.199.0/24", Name: "my_subnet",
			AllocationPools: []subnets.AllocationPool{{Start: "192.168.199.2", End: "192.168.199.254"}},
			HostRoutes:      []subnets.HostRoute{{DestinationCIDR: "10.20.0.0/16", NextHop: "192.168.199.1"}},
			DNSNameservers:  []string{"8.8.8.8"}, GatewayIP: gophercloud.MaybeString("192.168.199.1"),
		}, `{"subnet": {"network_id": "d32019d3", "ip_version": 4, "cidr": "192.168.199.0/24", "name": "my_subnet",
			"allocation_pools": [{"start": "192.168.199.2", "end": "192.168.199.254"}],
			"host_routes": [{"destination": "10.20.0.0/16", "nexthop": "192.168.199.1"}],
			"dns_nameservers": ["8.8.8.8"], "gateway_ip": "192.168.199.1"}}`},
		{"v6 from a pool without gateway", subnets.CreateOpts{
			NetworkID: "d32019d3", IPVersion: 6, SubnetPoolID: "f49a1319", PrefixLen: 64,
			IPv6AddressMode: subnets.IPv6SLAAC, IPv6RAMode: subnets.IPv6SLAAC, GatewayIP: &noGateway,
		}, `{"subnet": {"network_id": "d32019d3", "ip_version": 6, "subnetpool_id": "f49a1319", "prefixlen": 64,
			"ipv6_address_mode": "slaac", "ipv6_ra_mode": "slaac", "gateway_ip": null}}`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			th := testhelper.Setup(t)
			th.Handle("POST /subnets", func(w http.ResponseWriter, r *http.Request) {
				testhelper.TestJSONRequest(t, r, tc.want)
				testhelper.WriteJSON(w, http.StatusCreated, subnetJSON)
			})
			_, err := subnets.Create(t.Context(), th.ServiceClient(), tc.opts).Extract()
			require.NoError(t, err)
		})
	}
	testhelper.CheckFailures(t, "POST /subnets", http.StatusCreated, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := subnets.Create(ctx, c, subnets.CreateOpts{NetworkID: "n", IPVersion: 4, CIDR: "10.0.0.0/24"}).Extract()
		return err
	})
}

func TestCreateOptsErrors(t *testing.T) {
	th := testhelper.Setup(t)
	for name, opts := range map[string]subnets.CreateOpts{
		"no network":    {IPVersion: 4, CIDR: "10.0.0.0/24"},
		"no cidr":       {NetworkID: "n", IPVersion: 4},
		"bad version":   {NetworkID: "n", IPVersion: 5, CIDR: "10.0.0.0/24"},
		"v6 mode on v4": {NetworkID: "n", IPVersion: 4, CIDR: "10.0.0.0/24", IPv6RAMode: subnets.IPv6SLAAC},
		"bad mode":      {NetworkID: "n", IPVersion: 6, CIDR: "fd00::/64", IPv6AddressMode: "dhcp"},
	} {
		_, err := subnets.Create(t.Context(), th.ServiceClient(), opts).Extract()
		assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions, name)
	}
}

func TestUpdate(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("PUT /subnets/54d6f61d", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestHeader(t, r, "If-Match", "revision_number=2")
		testhelper.TestJSONRequest(t, r, `{"subnet": {"name": "renamed", "dns_nameservers": [], "gateway_ip": null}}`)
		testhelper.WriteJSON(w, http.StatusOK, subnetJSON)
	})
	none := ""
	_, err := subnets.Update(t.Context(), th.ServiceClient(), "54d6f61d", subnets.UpdateOpts{
		Name: gophercloud.MaybeString("renamed"), DNSNameservers: &[]string{}, GatewayIP: &none,
		IfMatch: common.IfMatch{RevisionNumber: 2},
	}).Extract()
	require.NoError(t, err)
	testhelper.CheckFailures(t, "PUT /subnets/x", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := subnets.Update(ctx, c, "x", subnets.UpdateOpts{}).Extract()
		return err
	})
}

func TestDelete(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("DELETE /subnets/54d6f61d", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) })
	require.NoError(t, subnets.Delete(t.Context(), th.ServiceClient(), "54d6f61d").ExtractErr())
	testhelper.CheckFailures(t, "DELETE /subnets/x", http.StatusNoContent, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		return subnets.Delete(ctx, c, "x").ExtractErr()
	})
}
