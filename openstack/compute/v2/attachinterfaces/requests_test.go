package attachinterfaces_test

import (
	"context"
	"net/http"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/attachinterfaces"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const base = "/servers/" + serverID + "/os-interface"

var wantInterface = attachinterfaces.Interface{
	PortID:     portID,
	NetworkID:  "3cb9bc59-5699-4588-a4b1-b87f96708bc6",
	MACAddress: "fa:16:3e:4c:2c:30",
	PortState:  "ACTIVE",
	FixedIPs:   []attachinterfaces.InterfaceIP{{IPAddress: "192.168.1.3", SubnetID: "f8a6e8f8-c2ec-497c-9f23-da9616de54ef"}},
}

func TestList(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET "+base, http.StatusOK, listJSON)
	got, err := attachinterfaces.List(th.ServiceClient(), serverID).Collect(t.Context())
	require.NoError(t, err)
	want := wantInterface
	want.Tag = "public"
	assert.Equal(t, []attachinterfaces.Interface{want}, got)

	testhelper.CheckFailures(t, "GET "+base, http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := attachinterfaces.List(c, serverID).Collect(ctx)
		return err
	})
}

func TestGet(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET "+base+"/"+portID, http.StatusOK, getJSON)
	got, err := attachinterfaces.Get(t.Context(), th.ServiceClient(), serverID, portID).Extract()
	require.NoError(t, err)
	assert.Equal(t, wantInterface, *got)

	testhelper.CheckFailures(t, "GET "+base+"/"+portID, http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := attachinterfaces.Get(ctx, c, serverID, portID).Extract()
		return err
	})
}

func TestCreate(t *testing.T) {
	for name, tc := range map[string]struct {
		opts attachinterfaces.CreateOpts
		body string
	}{
		"network": {attachinterfaces.CreateOpts{
			NetworkID: "3cb9bc59-5699-4588-a4b1-b87f96708bc6",
			FixedIPs:  []attachinterfaces.FixedIP{{IPAddress: "192.168.1.3"}},
			Tag:       "public",
		}, createNetworkRequestJSON},
		"port": {attachinterfaces.CreateOpts{PortID: portID}, createPortRequestJSON},
	} {
		t.Run(name, func(t *testing.T) {
			th := testhelper.Setup(t)
			th.Handle("POST "+base, func(w http.ResponseWriter, r *http.Request) {
				testhelper.TestJSONRequest(t, r, tc.body)
				testhelper.WriteJSON(w, http.StatusOK, getJSON)
			})
			got, err := attachinterfaces.Create(t.Context(), th.ServiceClient(), serverID, tc.opts).Extract()
			require.NoError(t, err)
			assert.Equal(t, portID, got.PortID)
		})
	}
	testhelper.CheckFailures(t, "POST "+base, http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := attachinterfaces.Create(ctx, c, serverID, attachinterfaces.CreateOpts{PortID: portID}).Extract()
		return err
	})
}

func TestCreateBadOptions(t *testing.T) {
	th := testhelper.Setup(t)
	for name, opts := range map[string]attachinterfaces.CreateOpts{
		"neither":         {},
		"both":            {PortID: portID, NetworkID: "n"},
		"ips with a port": {PortID: portID, FixedIPs: []attachinterfaces.FixedIP{{IPAddress: "10.0.0.2"}}},
		"ip without addr": {NetworkID: "n", FixedIPs: []attachinterfaces.FixedIP{{}}},
	} {
		_, err := attachinterfaces.Create(t.Context(), th.ServiceClient(), serverID, opts).Extract()
		assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions, name)
	}
}

func TestDelete(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("DELETE "+base+"/"+portID, func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusAccepted) })
	require.NoError(t, attachinterfaces.Delete(t.Context(), th.ServiceClient(), serverID, portID).ExtractErr())
	assert.ErrorIs(t, attachinterfaces.Delete(t.Context(), th.ServiceClient(), serverID, "").ExtractErr(), gophercloud.ErrInvalidOptions)

	testhelper.CheckFailures(t, "DELETE "+base+"/"+portID, http.StatusAccepted, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		return attachinterfaces.Delete(ctx, c, serverID, portID).ExtractErr()
	})
}
