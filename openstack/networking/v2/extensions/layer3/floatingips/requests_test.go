package floatingips_test

import (
	"context"
	"net/http"
	"net/url"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/extensions/layer3/floatingips"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestList(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /floatingips", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestQuery(t, r, url.Values{"port_id": {"ce705c24"}})
		testhelper.WriteJSON(w, http.StatusOK, `{"floatingips": [{"id": "2f245a7b", "port_id": "ce705c24", "floating_ip_address": "172.24.4.228"}]}`)
	})
	got, err := floatingips.List(th.ServiceClient(), floatingips.ListOpts{PortID: "ce705c24"}).Collect(t.Context())
	require.NoError(t, err)
	require.Len(t, got, 1)
	assert.Equal(t, "172.24.4.228", got[0].FloatingIP)
	testhelper.CheckFailures(t, "GET /floatingips", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := floatingips.List(c, floatingips.ListOpts{}).AllPages(ctx)
		return err
	})
}

func TestGet(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /floatingips/2f245a7b", http.StatusOK, fipJSON)
	r := floatingips.Get(t.Context(), th.ServiceClient(), "2f245a7b")
	f, err := r.Extract()
	require.NoError(t, err)
	assert.Equal(t, "10.0.0.3", f.FixedIP)
	assert.Equal(t, "d23abc8d-2991-4a55-ba98-2aaea84cc72f", f.RouterID)
	var details struct {
		PortDetails struct {
			DeviceOwner string `json:"device_owner"`
		} `json:"port_details"`
	}
	require.NoError(t, r.ExtractIntoEnvelope("floatingip", &details))
	assert.Equal(t, "compute:nova", details.PortDetails.DeviceOwner)
	testhelper.CheckFailures(t, "GET /floatingips/x", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := floatingips.Get(ctx, c, "x").Extract()
		return err
	})
}

func TestCreate(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("POST /floatingips", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestJSONRequest(t, r, `{"floatingip": {"floating_network_id": "376da547", "port_id": "ce705c24"}}`)
		testhelper.WriteJSON(w, http.StatusCreated, fipJSON)
	})
	_, err := floatingips.Create(t.Context(), th.ServiceClient(), floatingips.CreateOpts{FloatingNetworkID: "376da547", PortID: "ce705c24"}).Extract()
	require.NoError(t, err)
	_, err = floatingips.Create(t.Context(), th.ServiceClient(), floatingips.CreateOpts{}).Extract()
	assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
	testhelper.CheckFailures(t, "POST /floatingips", http.StatusCreated, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := floatingips.Create(ctx, c, floatingips.CreateOpts{FloatingNetworkID: "n"}).Extract()
		return err
	})
}

func TestAssociateDisassociateUpdate(t *testing.T) {
	for _, tc := range []struct {
		name string
		call func(context.Context, *gophercloud.ServiceClient) floatingips.UpdateResult
		body string
	}{
		{"associate", func(ctx context.Context, c *gophercloud.ServiceClient) floatingips.UpdateResult {
			return floatingips.Associate(ctx, c, "2f245a7b", "ce705c24", "")
		}, `{"floatingip": {"port_id": "ce705c24"}}`},
		{"disassociate", func(ctx context.Context, c *gophercloud.ServiceClient) floatingips.UpdateResult {
			return floatingips.Disassociate(ctx, c, "2f245a7b")
		}, `{"floatingip": {"port_id": null}}`},
		{"description", func(ctx context.Context, c *gophercloud.ServiceClient) floatingips.UpdateResult {
			return floatingips.Update(ctx, c, "2f245a7b", floatingips.UpdateOpts{Description: gophercloud.MaybeString("d")})
		}, `{"floatingip": {"description": "d"}}`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			th := testhelper.Setup(t)
			th.Handle("PUT /floatingips/2f245a7b", func(w http.ResponseWriter, r *http.Request) {
				testhelper.TestJSONRequest(t, r, tc.body)
				testhelper.WriteJSON(w, http.StatusOK, fipUnassociatedJSON)
			})
			_, err := tc.call(t.Context(), th.ServiceClient()).Extract()
			require.NoError(t, err)
		})
	}
	testhelper.CheckFailures(t, "PUT /floatingips/x", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := floatingips.Disassociate(ctx, c, "x").Extract()
		return err
	})
}

func TestDelete(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("DELETE /floatingips/2f245a7b", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) })
	require.NoError(t, floatingips.Delete(t.Context(), th.ServiceClient(), "2f245a7b").ExtractErr())
	testhelper.CheckFailures(t, "DELETE /floatingips/x", http.StatusNoContent, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		return floatingips.Delete(ctx, c, "x").ExtractErr()
	})
}
