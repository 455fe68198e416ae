package tenants_test

import (
	"context"
	"net/http"
	"net/url"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/identity/v2/tenants"
	"github.com/cloudsdk/gophercloud/openstack/identity/v2/users"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const id = "1234ab5c6d7e4f80912a3b4c5d6e7f80"

var acme = tenants.Tenant{ID: id, Name: "acme", Description: "ACME Corp", Enabled: true}

func TestList(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /tenants", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("marker") != "" {
			testhelper.TestQuery(t, r, url.Values{"limit": {"2"}, "marker": {"3ab0ec8b0c2b46c4b6d8e9f2b1a6a4d1"}})
			testhelper.WriteJSON(w, http.StatusOK, lastPageJSON)
			return
		}
		testhelper.TestQuery(t, r, url.Values{"limit": {"2"}})
		testhelper.WriteJSON(w, http.StatusOK, listJSON)
	})
	all, err := tenants.List(th.ServiceClient(), tenants.ListOpts{Limit: 2}).Collect(t.Context())
	require.NoError(t, err)
	require.Len(t, all, 3, "tenants_links is followed")
	assert.Equal(t, tenants.Tenant{ID: "fc394f2ab2df4114bde39905f800dc57", Name: "demo", Description: "Demo tenant", Enabled: true}, all[0])
	assert.Equal(t, tenants.Tenant{ID: "3ab0ec8b0c2b46c4b6d8e9f2b1a6a4d1", Name: "iron-works"}, all[1], "a null description decodes to \"\"")
	assert.Equal(t, "service", all[2].Name)

	testhelper.CheckFailures(t, "GET /tenants", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := tenants.List(c, nil).Collect(ctx)
		return err
	})
}

func TestListOpts(t *testing.T) {
	for name, tc := range map[string]struct {
		opts tenants.ListOptsBuilder
		want url.Values
	}{
		"nil":            {nil, url.Values{}},
		"nil pointer":    {(*tenants.ListOpts)(nil), url.Values{}},
		"zero":           {tenants.ListOpts{}, url.Values{}},
		"marker":         {tenants.ListOpts{Marker: "fc39"}, url.Values{"marker": {"fc39"}}},
		"pointer, limit": {&tenants.ListOpts{Limit: 10, Marker: "m"}, url.Values{"limit": {"10"}, "marker": {"m"}}},
	} {
		t.Run(name, func(t *testing.T) {
			th := testhelper.Setup(t)
			th.Handle("GET /tenants", func(w http.ResponseWriter, r *http.Request) {
				testhelper.TestQuery(t, r, tc.want)
				testhelper.WriteJSON(w, http.StatusOK, lastPageJSON)
			})
			_, err := tenants.List(th.ServiceClient(), tc.opts).Collect(t.Context())
			require.NoError(t, err)
		})
	}
}

// vendorTenant is what a vendor package does with ListOf: embed Tenant,
// add its own fields.
type vendorTenant struct {
	tenants.Tenant
	Domain string `json:"VENDOR:domainId"`
}

func TestListOf(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /tenants", http.StatusOK, `{"tenants": [{"id": "1", "name": "a", "enabled": true, "VENDOR:domainId": "d9"}], "tenants_links": []}`)
	all, err := tenants.ListOf[vendorTenant](th.ServiceClient(), nil).Collect(t.Context())
	require.NoError(t, err)
	assert.Equal(t, []vendorTenant{{Tenant: tenants.Tenant{ID: "1", Name: "a", Enabled: true}, Domain: "d9"}}, all)
}

func TestGet(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /tenants/"+id, http.StatusOK, tenantJSON)
	got, err := tenants.Get(t.Context(), th.ServiceClient(), id).Extract()
	require.NoError(t, err)
	assert.Equal(t, acme, *got)
	testhelper.CheckFailures(t, "GET /tenants/x", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := tenants.Get(ctx, c, "x").Extract()
		return err
	})

	th.HandleJSON("GET /tenants/nope", http.StatusNotFound, `{"error": {"message": "Could not find project: nope.", "code": 404, "title": "Not Found"}}`)
	_, err = tenants.Get(t.Context(), th.ServiceClient(), "nope").Extract()
	assert.ErrorIs(t, err, gophercloud.ErrNotFound)
	assert.Contains(t, err.Error(), "Could not find project")
}

func TestGetByName(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /tenants", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestQuery(t, r, url.Values{"name": {"acme & co"}})
		testhelper.WriteJSON(w, http.StatusOK, tenantJSON)
	})
	got, err := tenants.GetByName(t.Context(), th.ServiceClient(), "acme & co").Extract()
	require.NoError(t, err)
	assert.Equal(t, acme, *got)
	testhelper.CheckFailures(t, "GET /tenants", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := tenants.GetByName(ctx, c, "x").Extract()
		return err
	})
}

// On the public endpoint Keystone ignores ?name= and lists: that is an
// error, not the first tenant.
func TestGetByNameOnPublicEndpoint(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /tenants", http.StatusOK, lastPageJSON)
	_, err := tenants.GetByName(t.Context(), th.ServiceClient(), "service").Extract()
	assert.ErrorIs(t, err, gophercloud.ErrMalformedResponse)
}

func TestCreate(t *testing.T) {
	yes := true
	for name, status := range map[string]int{"Keystone: 200": http.StatusOK, "reference: 201": http.StatusCreated} {
		t.Run(name, func(t *testing.T) {
			th := testhelper.Setup(t)
			th.Handle("POST /tenants", func(w http.ResponseWriter, r *http.Request) {
				testhelper.TestJSONRequest(t, r, createRequest)
				testhelper.WriteJSON(w, status, tenantJSON)
			})
			got, err := tenants.Create(t.Context(), th.ServiceClient(), tenants.CreateOpts{Name: "acme", Description: "ACME Corp", Enabled: &yes}).Extract()
			require.NoError(t, err)
			assert.Equal(t, acme, *got)
		})
	}
	testhelper.CheckFailures(t, "POST /tenants", http.StatusCreated, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := tenants.Create(ctx, c, tenants.CreateOpts{Name: "n"}).Extract()
		return err
	})
}

func TestUpdate(t *testing.T) {
	no, empty := false, ""
	cases := []struct {
		name string
		opts tenants.UpdateOpts
		body string
	}{
		{"rename", tenants.UpdateOpts{Name: "acme-2"}, `{"tenant": {"name": "acme-2"}}`},
		{"disable", tenants.UpdateOpts{Enabled: &no}, `{"tenant": {"enabled": false}}`},
		{"clear description", tenants.UpdateOpts{Description: &empty}, `{"tenant": {"description": ""}}`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			th := testhelper.Setup(t)
			th.Handle("POST /tenants/"+id, func(w http.ResponseWriter, r *http.Request) {
				testhelper.TestJSONRequest(t, r, tc.body)
				testhelper.WriteJSON(w, http.StatusOK, tenantJSON)
			})
			got, err := tenants.Update(t.Context(), th.ServiceClient(), id, tc.opts).Extract()
			require.NoError(t, err)
			assert.Equal(t, id, got.ID)
		})
	}
	testhelper.CheckFailures(t, "POST /tenants/x", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := tenants.Update(ctx, c, "x", tenants.UpdateOpts{Name: "n"}).Extract()
		return err
	})
}

func TestDelete(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("DELETE /tenants/"+id, func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) })
	require.NoError(t, tenants.Delete(t.Context(), th.ServiceClient(), id).ExtractErr())
	testhelper.CheckFailures(t, "DELETE /tenants/x", http.StatusNoContent, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		return tenants.Delete(ctx, c, "x").ExtractErr()
	})
}

func TestListUsers(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /tenants/"+id+"/users", http.StatusOK, usersJSON)
	all, err := tenants.ListUsers(th.ServiceClient(), id).Collect(t.Context())
	require.NoError(t, err)
	assert.Equal(t, []users.User{
		{ID: "u1000", Name: "jqsmith", Username: "jqsmith", Email: "jqsmith@example.org", Enabled: true, TenantID: id},
		{ID: "u1001", Name: "admin", Username: "admin", Enabled: true},
	}, all)
	testhelper.CheckFailures(t, "GET /tenants/x/users", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := tenants.ListUsers(c, "x").Collect(ctx)
		return err
	})
}

// TestBadOptions checks that bad options and empty IDs fail before any
// request: the fake fails the test on any request.
func TestBadOptions(t *testing.T) {
	th := testhelper.Setup(t)
	ctx, c := t.Context(), th.ServiceClient()
	_, listErr := tenants.List(c, tenants.ListOpts{Limit: -1}).Collect(ctx)
	_, getErr := tenants.Get(ctx, c, "").Extract()
	_, updateDotErr := tenants.Update(ctx, c, "..", tenants.UpdateOpts{Name: "n"}).Extract()
	_, usersErr := tenants.ListUsers(c, "").Collect(ctx)
	for name, err := range map[string]error{
		"list with a negative limit": listErr,
		"get with empty id":          getErr,
		"get by empty name":          tenants.GetByName(ctx, c, "").Err,
		"create without name":        tenants.Create(ctx, c, tenants.CreateOpts{Description: "d"}).Err,
		"create with nil":            tenants.Create(ctx, c, nil).Err,
		"update nothing":             tenants.Update(ctx, c, id, tenants.UpdateOpts{}).Err,
		"update with a dot id":       updateDotErr,
		"delete with empty id":       tenants.Delete(ctx, c, "").ExtractErr(),
		"users of empty tenant":      usersErr,
	} {
		assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions, name)
	}
	assert.Contains(t, listErr.Error(), "tenants.ListOpts.Limit")
}
