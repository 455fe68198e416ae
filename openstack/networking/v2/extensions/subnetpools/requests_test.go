package subnetpools_test

import (
	"context"
	"net/http"
	"net/url"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/common"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/extensions/subnetpools"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestList(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /subnetpools", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestQuery(t, r, url.Values{"ip_version": {"4"}, "tags": {"a,b"}, "shared": {"false"}})
		testhelper.WriteJSON(w, http.StatusOK, listJSON)
	})
	no := false
	got, err := subnetpools.List(th.ServiceClient(), subnetpools.ListOpts{IPVersion: 4, Shared: &no, Query: common.Query{Tags: []string{"a", "b"}}}).Collect(t.Context())
	require.NoError(t, err)
	require.Len(t, got, 2)
	assert.Equal(t, 1024, got[1].DefaultQuota)
	assert.Equal(t, [3]int{25, 25, 30}, [3]int{got[1].DefaultPrefixLen, got[1].MinPrefixLen, got[1].MaxPrefixLen})
	assert.Equal(t, []string{"10.10.0.0/21"}, got[1].Prefixes)
	_, err = subnetpools.List(th.ServiceClient(), subnetpools.ListOpts{Query: common.Query{Limit: -1}}).AllPages(t.Context())
	assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
	testhelper.CheckFailures(t, "GET /subnetpools", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := subnetpools.List(c, subnetpools.ListOpts{}).AllPages(ctx)
		return err
	})
}

func TestGet(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /subnetpools/03f761e6", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusOK, poolJSON)
	})
	p, err := subnetpools.Get(t.Context(), th.ServiceClient(), "03f761e6").Extract()
	require.NoError(t, err)
	assert.Equal(t, "03f761e6-eee0-43fc-a921-8acf64c14988", p.ID)
	assert.Equal(t, 6, p.IPVersion)
	assert.Equal(t, []string{"2001:db8:0:2::/64", "2001:db8::/63"}, p.Prefixes)
	assert.Equal(t, 64, p.DefaultPrefixLen)
	assert.Empty(t, p.AddressScopeID)
	assert.Equal(t, 0, p.DefaultQuota)
	assert.Equal(t, 2, p.RevisionNumber)
	assert.Equal(t, time.Date(2016, 3, 8, 20, 19, 41, 0, time.UTC), p.CreatedAt.Time)
	testhelper.CheckFailures(t, "GET /subnetpools/x", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := subnetpools.Get(ctx, c, "x").Extract()
		return err
	})
}

func TestCreate(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("POST /subnetpools", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestJSONRequest(t, r, `{"subnetpool": {"name": "my-subnet-pool-ipv6", "prefixes": ["2001:db8:0:2::/64", "2001:db8::/63"],
			"default_prefixlen": 64, "min_prefixlen": 64, "max_prefixlen": 64, "address_scope_id": "scope1"}}`)
		testhelper.WriteJSON(w, http.StatusCreated, poolJSON)
	})
	p, err := subnetpools.Create(t.Context(), th.ServiceClient(), subnetpools.CreateOpts{
		Name: "my-subnet-pool-ipv6", Prefixes: []string{"2001:db8:0:2::/64", "2001:db8::/63"},
		DefaultPrefixLen: 64, MinPrefixLen: 64, MaxPrefixLen: 64, AddressScopeID: "scope1",
	}).Extract()
	require.NoError(t, err)
	assert.Equal(t, "my-subnet-pool-ipv6", p.Name)
	testhelper.CheckFailures(t, "POST /subnetpools", http.StatusCreated, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := subnetpools.Create(ctx, c, subnetpools.CreateOpts{Name: "p", Prefixes: []string{"10.0.0.0/8"}}).Extract()
		return err
	})
}

func TestCreateInvalid(t *testing.T) {
	th := testhelper.Setup(t)
	for name, opts := range map[string]subnetpools.CreateOpts{
		"no name":     {Prefixes: []string{"10.0.0.0/8"}},
		"no prefixes": {Name: "p"},
		"min>default": {Name: "p", Prefixes: []string{"10.0.0.0/8"}, MinPrefixLen: 26, DefaultPrefixLen: 24},
		"default>max": {Name: "p", Prefixes: []string{"10.0.0.0/8"}, DefaultPrefixLen: 28, MaxPrefixLen: 24},
		"min>max":     {Name: "p", Prefixes: []string{"10.0.0.0/8"}, MinPrefixLen: 28, MaxPrefixLen: 24},
		"too long":    {Name: "p", Prefixes: []string{"10.0.0.0/8"}, MaxPrefixLen: 129},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := subnetpools.Create(t.Context(), th.ServiceClient(), opts).Extract()
			assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
		})
	}
	_, err := subnetpools.Update(t.Context(), th.ServiceClient(), "x", subnetpools.UpdateOpts{MinPrefixLen: 30, MaxPrefixLen: 24}).Extract()
	assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
}

func TestUpdate(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("PUT /subnetpools/03f761e6", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestHeader(t, r, "If-Match", "revision_number=2")
		testhelper.TestJSONRequest(t, r, `{"subnetpool": {"name": "new", "prefixes": ["2001:db8:0:2::/64", "2001:db8::/63", "2001:db8:1::/48"], "address_scope_id": null}}`)
		testhelper.WriteJSON(w, http.StatusOK, poolJSON)
	})
	name, none := "new", ""
	_, err := subnetpools.Update(t.Context(), th.ServiceClient(), "03f761e6", subnetpools.UpdateOpts{
		Name: &name, Prefixes: []string{"2001:db8:0:2::/64", "2001:db8::/63", "2001:db8:1::/48"},
		AddressScopeID: &none, IfMatch: common.IfMatch{RevisionNumber: 2},
	}).Extract()
	require.NoError(t, err)
	testhelper.CheckFailures(t, "PUT /subnetpools/x", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := subnetpools.Update(ctx, c, "x", subnetpools.UpdateOpts{Name: &name}).Extract()
		return err
	})
}

func TestUpdateScope(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("PUT /subnetpools/03f761e6", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestJSONRequest(t, r, `{"subnetpool": {"address_scope_id": "scope2"}}`)
		testhelper.WriteJSON(w, http.StatusOK, poolJSON)
	})
	scope := "scope2"
	_, err := subnetpools.Update(t.Context(), th.ServiceClient(), "03f761e6", subnetpools.UpdateOpts{AddressScopeID: &scope}).Extract()
	require.NoError(t, err)
}

func TestMalformedPrefixLen(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /subnetpools/x", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusOK, `{"subnetpool": {"id": "x", "min_prefixlen": "eight"}}`)
	})
	_, err := subnetpools.Get(t.Context(), th.ServiceClient(), "x").Extract()
	assert.ErrorContains(t, err, "malformed response")
}

func TestDelete(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("DELETE /subnetpools/03f761e6", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusNoContent)
	})
	require.NoError(t, subnetpools.Delete(t.Context(), th.ServiceClient(), "03f761e6").ExtractErr())
	testhelper.CheckFailures(t, "DELETE /subnetpools/x", http.StatusNoContent, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		return subnetpools.Delete(ctx, c, "x").ExtractErr()
	})
}
