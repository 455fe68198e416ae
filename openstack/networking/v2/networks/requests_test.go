package networks_test

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/common"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/networks"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestList(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /networks", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("marker") == "" {
			testhelper.TestQuery(t, r, url.Values{
				"limit": {"1"}, "tags": {"web"}, "not-tags-any": {"old,test"}, "shared": {"false"},
				"fields": {"id", "name"}, "sort_key": {"name", "id"}, "sort_dir": {"asc", "desc"},
			})
			testhelper.WriteJSON(w, http.StatusOK, fmt.Sprintf(listPage1JSON, th.Endpoint()))
			return
		}
		testhelper.TestQuery(t, r, url.Values{"limit": {"1"}, "tags": {"web"}, "marker": {"396f12f8-521e-4b91-8e21-2e003500433a"}})
		testhelper.WriteJSON(w, http.StatusOK, listPage2JSON)
	})
	shared := false
	got, err := networks.List(th.ServiceClient(), networks.ListOpts{Shared: &shared, Query: common.Query{
		Limit: 1, Tags: gophercloud.CommaList{"web"}, NotTagsAny: gophercloud.CommaList{"old", "test"},
		Fields: []string{"id", "name"}, SortKeys: []string{"name", "id"}, SortDirs: []string{common.SortAsc, common.SortDesc},
	}}).Collect(t.Context())
	require.NoError(t, err)
	require.Len(t, got, 2)
	assert.Equal(t, "net1", got[0].Name)
	assert.Equal(t, []string{"08eae331-0402-425a-923c-34f7cfe39c1b"}, got[1].Subnets)
}

func TestListExtensionAttributes(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /networks", http.StatusOK, listPage2JSON)
	var ext []struct {
		networks.Network
		External bool `json:"router:external"`
	}
	for p, err := range networks.List(th.ServiceClient(), networks.ListOpts{}).Pages(t.Context()) {
		require.NoError(t, err)
		require.NoError(t, networks.ExtractNetworksInto(p, &ext))
	}
	require.Len(t, ext, 1)
	assert.True(t, ext[0].External)
	assert.Equal(t, "net2", ext[0].Name)
}

func TestListFailures(t *testing.T) {
	testhelper.CheckFailures(t, "GET /networks", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := networks.List(c, networks.ListOpts{}).AllPages(ctx)
		return err
	})
	th := testhelper.Setup(t)
	for name, q := range map[string]common.Query{
		"negative limit":   {Limit: -1},
		"unpaired sort":    {SortKeys: []string{"name", "id"}, SortDirs: []string{"asc"}},
		"unknown sort dir": {SortKeys: []string{"name"}, SortDirs: []string{"up"}},
	} {
		_, err := networks.List(th.ServiceClient(), networks.ListOpts{Query: q}).AllPages(t.Context())
		assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions, name)
	}
}

func TestGet(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /networks/d32019d3-bc6e-4319-9c1d-6722fc136a22", http.StatusOK, networkJSON)
	r := networks.Get(t.Context(), th.ServiceClient(), "d32019d3-bc6e-4319-9c1d-6722fc136a22")
	n, err := r.Extract()
	require.NoError(t, err)
	assert.Equal(t, networks.Network{
		ID: "d32019d3-bc6e-4319-9c1d-6722fc136a22", Name: "private-network", AdminStateUp: true, Status: "ACTIVE",
		Subnets: []string{"54d6f61d-db07-451c-9ab3-b9609b6b6f0b"}, ProjectID: "4fd44f30292945e481c7b8a0c8908869",
		TenantID: "4fd44f30292945e481c7b8a0c8908869", Shared: true, MTU: 1400,
		AvailabilityZones: []string{"nova"}, AvailabilityZoneHints: []string{},
		QoSPolicyID: "6a8454ade84346f59e8d40665f878b2e", DNSDomain: "my-domain.org.", Tags: []string{"tag1", "tag2"},
		RevisionNumber: 3,
		CreatedAt:      gophercloud.NewJSONTime(time.Date(2016, 3, 8, 20, 19, 41, 0, time.UTC)),
		UpdatedAt:      gophercloud.NewJSONTime(time.Date(2016, 3, 8, 20, 19, 41, 0, time.UTC)),
	}, *n)
	var ext struct {
		Type string `json:"provider:network_type"`
		Seg  int    `json:"provider:segmentation_id"`
	}
	require.NoError(t, r.ExtractIntoEnvelope("network", &ext))
	assert.Equal(t, "vxlan", ext.Type)
	assert.Equal(t, 1002, ext.Seg)

	testhelper.CheckFailures(t, "GET /networks/x", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := networks.Get(ctx, c, "x").Extract()
		return err
	})
	_, err = networks.Get(t.Context(), th.ServiceClient(), "").Extract()
	assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
}

func TestCreate(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("POST /networks", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestJSONRequest(t, r, `{"network": {"name": "private-network", "admin_state_up": true, "mtu": 1400}}`)
		testhelper.WriteJSON(w, http.StatusCreated, networkJSON)
	})
	up := true
	n, err := networks.Create(t.Context(), th.ServiceClient(), networks.CreateOpts{Name: "private-network", AdminStateUp: &up, MTU: 1400}).Extract()
	require.NoError(t, err)
	assert.Equal(t, "d32019d3-bc6e-4319-9c1d-6722fc136a22", n.ID)
	testhelper.CheckFailures(t, "POST /networks", http.StatusCreated, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := networks.Create(ctx, c, networks.CreateOpts{}).Extract()
		return err
	})
}

func TestUpdate(t *testing.T) {
	for _, tc := range []struct {
		name    string
		opts    networks.UpdateOpts
		ifMatch string
	}{
		{"unconditional", networks.UpdateOpts{Name: gophercloud.MaybeString("new")}, ""},
		{"if-match", networks.UpdateOpts{Name: gophercloud.MaybeString("new"), IfMatch: common.IfMatch{RevisionNumber: 3}}, "revision_number=3"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			th := testhelper.Setup(t)
			th.Handle("PUT /networks/d32019d3", func(w http.ResponseWriter, r *http.Request) {
				testhelper.TestHeader(t, r, "If-Match", tc.ifMatch)
				testhelper.TestJSONRequest(t, r, `{"network": {"name": "new"}}`)
				testhelper.WriteJSON(w, http.StatusOK, networkJSON)
			})
			_, err := networks.Update(t.Context(), th.ServiceClient(), "d32019d3", tc.opts).Extract()
			require.NoError(t, err)
		})
	}
	t.Run("stale revision", func(t *testing.T) {
		th := testhelper.Setup(t)
		th.HandleJSON("PUT /networks/d32019d3", http.StatusPreconditionFailed,
			`{"NeutronError": {"type": "RevisionNumberConstraintFailed", "message": "Constrained to 2, but current revision is 3", "detail": ""}}`)
		_, err := networks.Update(t.Context(), th.ServiceClient(), "d32019d3", networks.UpdateOpts{IfMatch: common.IfMatch{RevisionNumber: 2}}).Extract()
		assert.ErrorIs(t, err, gophercloud.ErrPreconditionFailed)
	})
	testhelper.CheckFailures(t, "PUT /networks/x", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := networks.Update(ctx, c, "x", networks.UpdateOpts{}).Extract()
		return err
	})
}

func TestDelete(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("DELETE /networks/d32019d3", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) })
	require.NoError(t, networks.Delete(t.Context(), th.ServiceClient(), "d32019d3").ExtractErr())
	testhelper.CheckFailures(t, "DELETE /networks/x", http.StatusNoContent, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		return networks.Delete(ctx, c, "x").ExtractErr()
	})
}
