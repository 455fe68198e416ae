package provider_test

import (
	"context"
	"net/http"
	"net/url"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/extensions/provider"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/networks"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCreateGet(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("POST /networks", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestJSONRequest(t, r, `{"network": {"name": "net1", "provider:network_type": "vlan", "provider:physical_network": "public", "provider:segmentation_id": 3}}`)
		testhelper.WriteJSON(w, http.StatusCreated, networkJSON)
	})
	th.Handle("GET /networks/e0b1c2d3", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusOK, multiJSON)
	})
	var n provider.Network
	require.NoError(t, networks.Create(t.Context(), th.ServiceClient(), provider.CreateOptsExt{
		CreateOptsBuilder: networks.CreateOpts{Name: "net1"}, NetworkType: "vlan", PhysicalNetwork: "public", SegmentationID: 3,
	}).ExtractIntoEnvelope("network", &n))
	assert.Equal(t, provider.NetworkProviderExt{NetworkType: "vlan", PhysicalNetwork: "public", SegmentationID: 3}, n.NetworkProviderExt)
	assert.Equal(t, "net1", n.Name)

	var m provider.Network
	require.NoError(t, networks.Get(t.Context(), th.ServiceClient(), "e0b1c2d3").ExtractIntoEnvelope("network", &m))
	assert.Equal(t, []provider.Segment{
		{NetworkType: "vlan", PhysicalNetwork: "public", SegmentationID: 2},
		{NetworkType: "vxlan", SegmentationID: 5000},
	}, m.Segments)
	assert.Empty(t, m.NetworkType)

	testhelper.CheckFailures(t, "POST /networks", http.StatusCreated, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := networks.Create(ctx, c, provider.CreateOptsExt{CreateOptsBuilder: networks.CreateOpts{}, NetworkType: "flat"}).Extract()
		return err
	})
}

func TestCreateSegments(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("POST /networks", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestJSONRequest(t, r, `{"network": {"name": "multi", "segments": [
			{"provider:network_type": "vlan", "provider:physical_network": "public", "provider:segmentation_id": 2},
			{"provider:network_type": "vxlan", "provider:segmentation_id": 5000}]}}`)
		testhelper.WriteJSON(w, http.StatusCreated, multiJSON)
	})
	var m provider.Network
	require.NoError(t, networks.Create(t.Context(), th.ServiceClient(), provider.CreateOptsExt{
		CreateOptsBuilder: networks.CreateOpts{Name: "multi"},
		Segments: []provider.Segment{
			{NetworkType: "vlan", PhysicalNetwork: "public", SegmentationID: 2},
			{NetworkType: "vxlan", SegmentationID: 5000},
		},
	}).ExtractIntoEnvelope("network", &m))
	assert.Len(t, m.Segments, 2)
}

func TestCreateInvalid(t *testing.T) {
	th := testhelper.Setup(t)
	for name, opts := range map[string]provider.CreateOptsExt{
		"mixed":       {CreateOptsBuilder: networks.CreateOpts{}, NetworkType: "vlan", Segments: []provider.Segment{{NetworkType: "vxlan"}}},
		"negative":    {CreateOptsBuilder: networks.CreateOpts{}, SegmentationID: -1},
		"negativeSeg": {CreateOptsBuilder: networks.CreateOpts{}, Segments: []provider.Segment{{SegmentationID: -2}}},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := networks.Create(t.Context(), th.ServiceClient(), opts).Extract()
			assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
		})
	}
}

func TestList(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /networks", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestQuery(t, r, url.Values{"provider:network_type": {"flat"}, "provider:physical_network": {"public"}})
		testhelper.WriteJSON(w, http.StatusOK, listJSON)
	})
	opts := provider.ListOptsExt{ListOptsBuilder: networks.ListOpts{}, NetworkType: "flat", PhysicalNetwork: "public"}
	for p, err := range networks.List(th.ServiceClient(), opts).Pages(t.Context()) {
		require.NoError(t, err)
		var got []provider.Network
		require.NoError(t, networks.ExtractNetworksInto(p, &got))
		require.Len(t, got, 1)
		assert.Equal(t, "flat", got[0].NetworkType)
		assert.Equal(t, 0, got[0].SegmentationID)
	}
	testhelper.CheckFailures(t, "GET /networks", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := networks.List(c, opts).AllPages(ctx)
		return err
	})
}
