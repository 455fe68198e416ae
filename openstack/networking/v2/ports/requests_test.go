package ports_test

import (
	"context"
	"net/http"
	"net/url"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/common"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/ports"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestList(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /ports", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestQuery(t, r, url.Values{
			"network_id": {"a87cc70a"}, "device_owner": {"network:router_interface"},
			"fixed_ips": {"ip_address=10.0.0.1", "subnet_id=a0304c3a"}, "not-tags": {"old"}, "limit": {"2"},
		})
		testhelper.WriteJSON(w, http.StatusOK, PortsPageJSON(2, ""))
	})
	got, err := ports.List(th.ServiceClient(), ports.ListOpts{
		NetworkID: "a87cc70a", DeviceOwner: "network:router_interface",
		FixedIPs: []ports.FixedIPFilter{{IPAddress: "10.0.0.1"}, {SubnetID: "a0304c3a"}},
		Query:    common.Query{NotTags: gophercloud.CommaList{"old"}, Limit: 2},
	}).Collect(t.Context())
	require.NoError(t, err)
	require.Len(t, got, 2)
	assert.Equal(t, "port-0001", got[1].Name)
	testhelper.CheckFailures(t, "GET /ports", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := ports.List(c, ports.ListOpts{}).AllPages(ctx)
		return err
	})
}

func TestListPagesLinks(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /ports", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("marker") == "" {
			testhelper.WriteJSON(w, http.StatusOK, PortsPageJSON(3, th.Endpoint()+"ports?limit=3&marker=port-id-0002"))
			return
		}
		testhelper.TestQuery(t, r, url.Values{"limit": {"3"}, "marker": {"port-id-0002"}})
		testhelper.WriteJSON(w, http.StatusOK, `{"ports": [], "ports_links": []}`)
	})
	var pages int
	for p, err := range ports.List(th.ServiceClient(), ports.ListOpts{Query: common.Query{Limit: 3}}).Pages(t.Context()) {
		require.NoError(t, err)
		pages++
		var ext []struct {
			ports.Port
			DNSName string `json:"dns_name"`
		}
		require.NoError(t, ports.ExtractPortsInto(p, &ext))
		assert.Len(t, ext, len(p.Items))
	}
	assert.Equal(t, 2, pages)
}

func TestGet(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /ports/46d4bfb9", http.StatusOK, portJSON)
	r := ports.Get(t.Context(), th.ServiceClient(), "46d4bfb9")
	p, err := r.Extract()
	require.NoError(t, err)
	off := false
	assert.Equal(t, []ports.IP{{SubnetID: "a0304c3a-4f08-4c43-88af-d796509c97d2", IPAddress: "10.0.0.1"}}, p.FixedIPs)
	assert.Equal(t, []ports.AddressPair{{IPAddress: "10.0.0.100", MACAddress: "fa:16:3e:c9:cb:f0"}}, p.AllowedAddressPairs)
	assert.Equal(t, []ports.ExtraDHCPOpt{{OptName: "bootfile-name", OptValue: "pxelinux.0", IPVersion: 4}}, p.ExtraDHCPOpts)
	assert.Equal(t, &off, p.PortSecurityEnabled)
	assert.Equal(t, "devstack", p.HostID)
	assert.Equal(t, "normal", p.VNICType)
	assert.Equal(t, "ovs", p.VIFType)
	assert.Equal(t, map[string]any{"ovs_hybrid_plug": true, "port_filter": true}, p.VIFDetails)
	assert.Contains(t, p.Profile, "local_link_information")
	assert.Equal(t, 1, p.RevisionNumber)
	var dns struct {
		Port struct {
			DNSAssignment struct {
				FQDN string `json:"fqdn"`
			} `json:"dns_assignment"`
		} `json:"port"`
	}
	require.NoError(t, r.ExtractInto(&dns))
	assert.Equal(t, "myport.my-domain.org", dns.Port.DNSAssignment.FQDN)
	testhelper.CheckFailures(t, "GET /ports/x", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := ports.Get(ctx, c, "x").Extract()
		return err
	})
}

func TestCreate(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("POST /ports", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestJSONRequest(t, r, `{"port": {
			"network_id": "a87cc70a", "name": "p1",
			"fixed_ips": [{"subnet_id": "a0304c3a", "ip_address": "10.0.0.2"}],
			"security_groups": [],
			"allowed_address_pairs": [{"ip_address": "10.0.0.100"}],
			"port_security_enabled": false,
			"extra_dhcp_opts": [{"opt_name": "bootfile-name", "opt_value": "pxelinux.0"}],
			"binding:host_id": "devstack", "binding:vnic_type": "direct",
			"binding:profile": {"capabilities": ["switchdev"]}}}`)
		testhelper.WriteJSON(w, http.StatusCreated, portJSON)
	})
	off := false
	_, err := ports.Create(t.Context(), th.ServiceClient(), ports.CreateOpts{
		NetworkID: "a87cc70a", Name: "p1",
		FixedIPs:            &[]ports.IP{{SubnetID: "a0304c3a", IPAddress: "10.0.0.2"}},
		SecurityGroups:      &[]string{},
		AllowedAddressPairs: []ports.AddressPair{{IPAddress: "10.0.0.100"}},
		PortSecurityEnabled: &off,
		ExtraDHCPOpts:       []ports.ExtraDHCPOpt{{OptName: "bootfile-name", OptValue: "pxelinux.0"}},
		HostID:              "devstack", VNICType: "direct",
		Profile: map[string]any{"capabilities": []string{"switchdev"}},
	}).Extract()
	require.NoError(t, err)
	_, err = ports.Create(t.Context(), th.ServiceClient(), ports.CreateOpts{}).Extract()
	assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
	assert.ErrorContains(t, err, "ports.CreateOpts.NetworkID")
	testhelper.CheckFailures(t, "POST /ports", http.StatusCreated, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := ports.Create(ctx, c, ports.CreateOpts{NetworkID: "n"}).Extract()
		return err
	})
}

func TestUpdate(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("PUT /ports/46d4bfb9", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestHeader(t, r, "If-Match", "revision_number=1")
		testhelper.TestJSONRequest(t, r, `{"port": {"name": "renamed", "allowed_address_pairs": []}}`)
		testhelper.WriteJSON(w, http.StatusOK, portJSON)
	})
	_, err := ports.Update(t.Context(), th.ServiceClient(), "46d4bfb9", ports.UpdateOpts{
		Name: gophercloud.MaybeString("renamed"), AllowedAddressPairs: &[]ports.AddressPair{},
		IfMatch: common.IfMatch{RevisionNumber: 1},
	}).Extract()
	require.NoError(t, err)
	testhelper.CheckFailures(t, "PUT /ports/x", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := ports.Update(ctx, c, "x", ports.UpdateOpts{}).Extract()
		return err
	})
}

func TestDelete(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("DELETE /ports/46d4bfb9", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) })
	require.NoError(t, ports.Delete(t.Context(), th.ServiceClient(), "46d4bfb9").ExtractErr())
	testhelper.CheckFailures(t, "DELETE /ports/x", http.StatusNoContent, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		return ports.Delete(ctx, c, "x").ExtractErr()
	})
}
