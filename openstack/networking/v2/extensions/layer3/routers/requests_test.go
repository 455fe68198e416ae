package routers_test

import (
	"context"
	"net/http"
	"net/url"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/common"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/extensions/layer3/routers"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestList(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /routers", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestQuery(t, r, url.Values{"name": {"router1"}, "fields": {"id"}})
		testhelper.WriteJSON(w, http.StatusOK, `{"routers": [{"id": "f8a44de0"}]}`)
	})
	got, err := routers.List(th.ServiceClient(), routers.ListOpts{Name: "router1", Query: common.Query{Fields: []string{"id"}}}).Collect(t.Context())
	require.NoError(t, err)
	assert.Equal(t, []routers.Router{{ID: "f8a44de0"}}, got)
	testhelper.CheckFailures(t, "GET /routers", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := routers.List(c, routers.ListOpts{}).AllPages(ctx)
		return err
	})
}

func TestGet(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /routers/f8a44de0", http.StatusOK, routerJSON)
	r, err := routers.Get(t.Context(), th.ServiceClient(), "f8a44de0").Extract()
	require.NoError(t, err)
	snat := true
	assert.Equal(t, &routers.GatewayInfo{NetworkID: "ae34051f-aa6c-4c75-abf5-50dc9ac99ef3", EnableSNAT: &snat,
		ExternalFixedIPs: []routers.ExternalFixedIP{{IPAddress: "172.24.4.6", SubnetID: "b930d7f6-ceb7-40a0-8b81-a425dd994ccf"}}}, r.GatewayInfo)
	assert.Equal(t, []routers.Route{{DestinationCIDR: "179.24.1.0/24", NextHop: "172.24.3.99"}}, r.Routes)
	testhelper.CheckFailures(t, "GET /routers/x", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := routers.Get(ctx, c, "x").Extract()
		return err
	})
}

func TestCreate(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("POST /routers", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestJSONRequest(t, r, `{"router": {"name": "router1", "external_gateway_info": {
			"network_id": "ae34051f", "external_fixed_ips": [{"subnet_id": "b930d7f6"}]}}}`)
		testhelper.WriteJSON(w, http.StatusCreated, routerJSON)
	})
	_, err := routers.Create(t.Context(), th.ServiceClient(), routers.CreateOpts{Name: "router1",
		GatewayInfo: &routers.GatewayInfo{NetworkID: "ae34051f", ExternalFixedIPs: []routers.ExternalFixedIP{{SubnetID: "b930d7f6"}}}}).Extract()
	require.NoError(t, err)
	testhelper.CheckFailures(t, "POST /routers", http.StatusCreated, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := routers.Create(ctx, c, routers.CreateOpts{}).Extract()
		return err
	})
}

func TestUpdate(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("PUT /routers/f8a44de0", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestHeader(t, r, "If-Match", "revision_number=1")
		testhelper.TestJSONRequest(t, r, `{"router": {"routes": [{"destination": "179.24.1.0/24", "nexthop": "172.24.3.99"}], "external_gateway_info": {}}}`)
		testhelper.WriteJSON(w, http.StatusOK, routerJSON)
	})
	_, err := routers.Update(t.Context(), th.ServiceClient(), "f8a44de0", routers.UpdateOpts{
		Routes:      &[]routers.Route{{DestinationCIDR: "179.24.1.0/24", NextHop: "172.24.3.99"}},
		GatewayInfo: &routers.GatewayInfo{}, IfMatch: common.IfMatch{RevisionNumber: 1},
	}).Extract()
	require.NoError(t, err)
	testhelper.CheckFailures(t, "PUT /routers/x", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := routers.Update(ctx, c, "x", routers.UpdateOpts{}).Extract()
		return err
	})
}

func TestDelete(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("DELETE /routers/f8a44de0", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) })
	require.NoError(t, routers.Delete(t.Context(), th.ServiceClient(), "f8a44de0").ExtractErr())
	testhelper.CheckFailures(t, "DELETE /routers/x", http.StatusNoContent, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		return routers.Delete(ctx, c, "x").ExtractErr()
	})
}

func TestInterfaces(t *testing.T) {
	for _, tc := range []struct {
		name, action string
		call         func(context.Context, *gophercloud.ServiceClient, string, routers.InterfaceOpts) routers.InterfaceResult
		opts         routers.InterfaceOpts
		body         string
	}{
		{"add subnet", "add_router_interface", routers.AddInterface, routers.InterfaceOpts{SubnetID: "a2f1f29d"}, `{"subnet_id": "a2f1f29d"}`},
		{"remove port", "remove_router_interface", routers.RemoveInterface, routers.InterfaceOpts{PortID: "2dc6ba2e"}, `{"port_id": "2dc6ba2e"}`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			th := testhelper.Setup(t)
			th.Handle("PUT /routers/f8a44de0/"+tc.action, func(w http.ResponseWriter, r *http.Request) {
				testhelper.TestJSONRequest(t, r, tc.body)
				testhelper.WriteJSON(w, http.StatusOK, interfaceJSON)
			})
			info, err := tc.call(t.Context(), th.ServiceClient(), "f8a44de0", tc.opts).Extract()
			require.NoError(t, err)
			assert.Equal(t, "2dc6ba2e-0e55-4bb9-a3ef-a7a1ff6e2bb8", info.PortID)
			assert.Equal(t, "a2f1f29d-571b-4533-907f-5803ab96ead1", info.SubnetID)

			_, err = tc.call(t.Context(), th.ServiceClient(), "f8a44de0", routers.InterfaceOpts{SubnetID: "a", PortID: "b"}).Extract()
			assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions, "exactly one of subnet and port")
			_, err = tc.call(t.Context(), th.ServiceClient(), "f8a44de0", routers.InterfaceOpts{}).Extract()
			assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)

			testhelper.CheckFailures(t, "PUT /routers/x/"+tc.action, http.StatusOK, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
				_, err := tc.call(ctx, c, "x", tc.opts).Extract()
				return err
			})
			bad := testhelper.Setup(t)
			bad.HandleJSON("PUT /routers/x/"+tc.action, http.StatusOK, `{"id": [`)
			_, err = tc.call(t.Context(), bad.ServiceClient(), "x", tc.opts).Extract()
			assert.ErrorIs(t, err, gophercloud.ErrMalformedResponse)
		})
	}
}
