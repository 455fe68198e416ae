package portforwarding_test

import (
	"context"
	"net/http"
	"net/url"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/extensions/layer3/portforwarding"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const fip = "2f245a7b-796b-4f26-9cf9-9e82d248fda7"

func TestList(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /floatingips/"+fip+"/port_forwardings", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestQuery(t, r, url.Values{"protocol": {"tcp"}, "external_port": {"2230"}})
		testhelper.WriteJSON(w, http.StatusOK, listJSON)
	})
	got, err := portforwarding.List(th.ServiceClient(), fip, portforwarding.ListOpts{Protocol: "tcp", ExternalPort: 2230}).Collect(t.Context())
	require.NoError(t, err)
	require.Len(t, got, 2)
	assert.Equal(t, 2230, got[0].ExternalPort)
	assert.Equal(t, "3000:4000", got[1].ExternalPortRange)
	assert.Equal(t, 0, got[1].ExternalPort)
	testhelper.CheckFailures(t, "GET /floatingips/x/port_forwardings", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := portforwarding.List(c, "x", portforwarding.ListOpts{}).AllPages(ctx)
		return err
	})
}

func TestGet(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /floatingips/"+fip+"/port_forwardings/725ade3c", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusOK, pfJSON)
	})
	pf, err := portforwarding.Get(t.Context(), th.ServiceClient(), fip, "725ade3c").Extract()
	require.NoError(t, err)
	assert.Equal(t, portforwarding.PortForwarding{
		ID: "725ade3c-9760-4880-8080-8fc2dbab9acc", Protocol: "tcp", InternalPortID: "1238be08-a2a8-4b8d-addf-fb5e2250e480",
		InternalIPAddress: "10.0.0.11", ExternalPort: 2230, InternalPort: 25, Description: "Some description",
	}, *pf)
	testhelper.CheckFailures(t, "GET /floatingips/f/port_forwardings/x", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := portforwarding.Get(ctx, c, "f", "x").Extract()
		return err
	})
}

func TestCreate(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("POST /floatingips/"+fip+"/port_forwardings", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestJSONRequest(t, r, `{"port_forwarding": {"protocol": "tcp", "internal_ip_address": "10.0.0.11", "internal_port": 25,
			"internal_port_id": "1238be08-a2a8-4b8d-addf-fb5e2250e480", "external_port": 2230, "description": "Some description"}}`)
		testhelper.WriteJSON(w, http.StatusCreated, pfJSON)
	})
	opts := portforwarding.CreateOpts{Protocol: "tcp", InternalIPAddress: "10.0.0.11", InternalPort: 25,
		InternalPortID: "1238be08-a2a8-4b8d-addf-fb5e2250e480", ExternalPort: 2230, Description: "Some description"}
	pf, err := portforwarding.Create(t.Context(), th.ServiceClient(), fip, opts).Extract()
	require.NoError(t, err)
	assert.Equal(t, "725ade3c-9760-4880-8080-8fc2dbab9acc", pf.ID)
	testhelper.CheckFailures(t, "POST /floatingips/f/port_forwardings", http.StatusCreated, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := portforwarding.Create(ctx, c, "f", opts).Extract()
		return err
	})
}

func TestCreateInvalid(t *testing.T) {
	th := testhelper.Setup(t)
	ok := portforwarding.CreateOpts{Protocol: "tcp", InternalIPAddress: "10.0.0.11", InternalPortID: "p", ExternalPort: 1, InternalPort: 2}
	for name, change := range map[string]func(o *portforwarding.CreateOpts){
		"protocol":   func(o *portforwarding.CreateOpts) { o.Protocol = "icmp" },
		"no port id": func(o *portforwarding.CreateOpts) { o.InternalPortID = "" },
		"no ip":      func(o *portforwarding.CreateOpts) { o.InternalIPAddress = "" },
		"mixed":      func(o *portforwarding.CreateOpts) { o.ExternalPortRange = "1:2" },
		"half":       func(o *portforwarding.CreateOpts) { o.InternalPort = 0 },
		"none":       func(o *portforwarding.CreateOpts) { o.InternalPort, o.ExternalPort = 0, 0 },
		"too big":    func(o *portforwarding.CreateOpts) { o.ExternalPort = 65536 },
	} {
		t.Run(name, func(t *testing.T) {
			o := ok
			change(&o)
			_, err := portforwarding.Create(t.Context(), th.ServiceClient(), fip, o).Extract()
			assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
		})
	}
	_, err := portforwarding.Update(t.Context(), th.ServiceClient(), fip, "x", portforwarding.UpdateOpts{Protocol: "sctp"}).Extract()
	assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
	_, err = portforwarding.Update(t.Context(), th.ServiceClient(), fip, "x", portforwarding.UpdateOpts{InternalPort: -1}).Extract()
	assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
}

func TestUpdate(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("PUT /floatingips/"+fip+"/port_forwardings/725ade3c", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestJSONRequest(t, r, `{"port_forwarding": {"protocol": "udp", "internal_port": 37, "description": ""}}`)
		testhelper.WriteJSON(w, http.StatusOK, pfJSON)
	})
	empty := ""
	_, err := portforwarding.Update(t.Context(), th.ServiceClient(), fip, "725ade3c", portforwarding.UpdateOpts{Protocol: "udp", InternalPort: 37, Description: &empty}).Extract()
	require.NoError(t, err)
	testhelper.CheckFailures(t, "PUT /floatingips/f/port_forwardings/x", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := portforwarding.Update(ctx, c, "f", "x", portforwarding.UpdateOpts{Protocol: "tcp"}).Extract()
		return err
	})
}

func TestDelete(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("DELETE /floatingips/"+fip+"/port_forwardings/725ade3c", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusNoContent)
	})
	require.NoError(t, portforwarding.Delete(t.Context(), th.ServiceClient(), fip, "725ade3c").ExtractErr())
	testhelper.CheckFailures(t, "DELETE /floatingips/f/port_forwardings/x", http.StatusNoContent, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		return portforwarding.Delete(ctx, c, "f", "x").ExtractErr()
	})
}
