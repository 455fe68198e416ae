package external_test

import (
	"context"
	"net/http"
	"net/url"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/common"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/extensions/external"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/networks"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// networkJSON is a network with router:external, as in the Networking API
// reference (external network).
const networkJSON = `{"network": {"id": "71c1e68c-171a-4aa2-aca5-50ea153a3718", "name": "public", "router:external": true, "revision_number": 2}}`

func TestList(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /networks", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestQuery(t, r, url.Values{"router:external": {"true"}, "name": {"public"}, "limit": {"5"}})
		testhelper.WriteJSON(w, http.StatusOK, `{"networks": [{"id": "71c1e68c", "name": "public", "router:external": true}]}`)
	})
	yes := true
	pager := networks.List(th.ServiceClient(), external.ListOptsExt{
		ListOptsBuilder: networks.ListOpts{Name: "public", Query: common.Query{Limit: 5}}, External: &yes})
	for p, err := range pager.Pages(t.Context()) {
		require.NoError(t, err)
		var got []external.Network
		require.NoError(t, networks.ExtractNetworksInto(p, &got))
		require.Len(t, got, 1)
		assert.True(t, got[0].External)
		assert.Equal(t, "public", got[0].Name)
	}
	_, err := networks.List(th.ServiceClient(), external.ListOptsExt{ListOptsBuilder: networks.ListOpts{Query: common.Query{Limit: -1}}}).AllPages(t.Context())
	assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
	testhelper.CheckFailures(t, "GET /networks", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := networks.List(c, external.ListOptsExt{ListOptsBuilder: networks.ListOpts{}, External: &yes}).AllPages(ctx)
		return err
	})
}

func TestCreateUpdate(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("POST /networks", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestJSONRequest(t, r, `{"network": {"name": "public", "router:external": true}}`)
		testhelper.WriteJSON(w, http.StatusCreated, networkJSON)
	})
	th.Handle("PUT /networks/71c1e68c", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestHeader(t, r, "If-Match", "revision_number=2")
		testhelper.TestJSONRequest(t, r, `{"network": {"router:external": false}}`)
		testhelper.WriteJSON(w, http.StatusOK, networkJSON)
	})
	yes, no := true, false
	r := networks.Create(t.Context(), th.ServiceClient(), external.CreateOptsExt{CreateOptsBuilder: networks.CreateOpts{Name: "public"}, External: &yes})
	var n external.Network
	require.NoError(t, r.ExtractIntoEnvelope("network", &n))
	assert.True(t, n.External)
	assert.Equal(t, 2, n.RevisionNumber)
	_, err := networks.Update(t.Context(), th.ServiceClient(), "71c1e68c", external.UpdateOptsExt{
		UpdateOptsBuilder: networks.UpdateOpts{IfMatch: common.IfMatch{RevisionNumber: 2}}, External: &no}).Extract()
	require.NoError(t, err)
	testhelper.CheckFailures(t, "POST /networks", http.StatusCreated, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := networks.Create(ctx, c, external.CreateOptsExt{CreateOptsBuilder: networks.CreateOpts{}, External: &yes}).Extract()
		return err
	})
	testhelper.CheckFailures(t, "PUT /networks/x", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := networks.Update(ctx, c, "x", external.UpdateOptsExt{UpdateOptsBuilder: networks.UpdateOpts{}, External: &yes}).Extract()
		return err
	})
}
