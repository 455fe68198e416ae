package virtualinterfaces_test

import (
	"context"
	"net/http"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/rackspace/compute/v2/virtualinterfaces"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const serverID = "12345"

func TestList(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /servers/12345/os-virtual-interfacesv2", http.StatusOK, listJSON)
	all, err := virtualinterfaces.List(th.ServiceClient(), serverID).Collect(t.Context())
	require.NoError(t, err)
	require.Len(t, all, 2)
	assert.Equal(t, virtualinterfaces.VirtualInterface{
		ID:         "de7c6d53-b895-4b4a-963c-517ccb0f0775",
		MACAddress: "BC:76:4E:04:85:20",
		IPAddresses: []virtualinterfaces.IPAddress{
			{Address: "192.168.0.2", NetworkID: "f212726e-6321-4210-9bae-a13f5a33f83f", NetworkLabel: "superprivate_xml"},
		},
	}, all[0])
	testhelper.CheckFailures(t, "GET /servers/s/os-virtual-interfacesv2", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := virtualinterfaces.List(c, "s").Collect(ctx)
		return err
	})
	_, err = virtualinterfaces.List(th.ServiceClient(), "").Collect(t.Context())
	assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
}

func TestCreate(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("POST /servers/12345/os-virtual-interfacesv2", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestJSONRequest(t, r, `{"virtual_interface": {"network_id": "196a0246-86cc-46fa-9ecf-850f67c2cb7c"}}`)
		testhelper.WriteJSON(w, http.StatusOK, createJSON)
	})
	vif, err := virtualinterfaces.Create(t.Context(), th.ServiceClient(), serverID, virtualinterfaces.CreateOpts{NetworkID: "196a0246-86cc-46fa-9ecf-850f67c2cb7c"}).Extract()
	require.NoError(t, err)
	assert.Equal(t, "045f195f-3347-487b-8e80-8ee3390eda56", vif.ID)
	assert.Equal(t, "FE:ED:FA:00:08:93", vif.MACAddress)
	assert.Equal(t, "192.168.0.1", vif.IPAddresses[0].Address)

	testhelper.CheckFailures(t, "POST /servers/s/os-virtual-interfacesv2", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := virtualinterfaces.Create(ctx, c, "s", virtualinterfaces.CreateOpts{NetworkID: "n"}).Extract()
		return err
	})
	err = virtualinterfaces.Create(t.Context(), th.ServiceClient(), serverID, virtualinterfaces.CreateOpts{}).Err
	require.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
	assert.Contains(t, err.Error(), "NetworkID")
}

func TestCreateNotOneInterface(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("POST /servers/12345/os-virtual-interfacesv2", http.StatusOK, `{"virtual_interfaces": []}`)
	_, err := virtualinterfaces.Create(t.Context(), th.ServiceClient(), serverID, virtualinterfaces.CreateOpts{NetworkID: "n"}).Extract()
	assert.ErrorIs(t, err, gophercloud.ErrMalformedResponse)
}

func TestDelete(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("DELETE /servers/12345/os-virtual-interfacesv2/045f195f", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusOK)
	})
	require.NoError(t, virtualinterfaces.Delete(t.Context(), th.ServiceClient(), serverID, "045f195f").ExtractErr())
	testhelper.CheckFailures(t, "DELETE /servers/s/os-virtual-interfacesv2/v", http.StatusOK, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		return virtualinterfaces.Delete(ctx, c, "s", "v").ExtractErr()
	})
	assert.ErrorIs(t, virtualinterfaces.Delete(t.Context(), th.ServiceClient(), serverID, "").ExtractErr(), gophercloud.ErrInvalidOptions)
}
