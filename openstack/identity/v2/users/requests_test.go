package users_test

import (
	"context"
	"net/http"
	"net/url"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/identity/v2/roles"
	"github.com/cloudsdk/gophercloud/openstack/identity/v2/users"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const (
	tenant = "fc394f2ab2df4114bde39905f800dc57"
	id     = "u1000"
)

var want = users.User{ID: id, Name: "jqsmith", Username: "jqsmith", TenantID: tenant, Email: "jqsmith@example.org", Enabled: true}

func TestList(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /users", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("marker") == "u1001" {
			testhelper.WriteJSON(w, http.StatusOK, lastPageJSON)
			return
		}
		testhelper.WriteJSON(w, http.StatusOK, listJSON)
	})
	all, err := users.List(th.ServiceClient()).Collect(t.Context())
	require.NoError(t, err)
	require.Len(t, all, 3, "users_links is followed")
	assert.False(t, all[1].Enabled)
	assert.Equal(t, "svc", all[2].Name)
	testhelper.CheckFailures(t, "GET /users", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := users.List(c).Collect(ctx)
		return err
	})
}

// vendorUser is what a vendor package does with ListOf.
type vendorUser struct {
	users.User
	Region string `json:"VENDOR:region"`
}

func (vendorUser) ToUserCreateMap() (map[string]any, error) {
	return map[string]any{"user": map[string]any{"username": "a", "VENDOR:region": "ORD"}}, nil
}

// TestOf checks that the ...Of calls make the same requests and decode
// into the vendor's type.
func TestOf(t *testing.T) {
	const one = `{"user": {"id": "1", "username": "a", "enabled": true, "VENDOR:region": "ORD"}}`
	wantV := vendorUser{User: users.User{ID: "1", Username: "a", Enabled: true}, Region: "ORD"}
	th := testhelper.Setup(t)
	th.Handle("GET /users", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("name") == "a" {
			testhelper.WriteJSON(w, http.StatusOK, one)
			return
		}
		testhelper.WriteJSON(w, http.StatusOK, `{"users": [{"id": "1", "username": "a", "enabled": true, "VENDOR:region": "ORD"}]}`)
	})
	th.HandleJSON("GET /users/1", http.StatusOK, one)
	th.Handle("POST /users", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestJSONRequest(t, r, `{"user": {"username": "a", "VENDOR:region": "ORD"}}`)
		testhelper.WriteJSON(w, http.StatusCreated, one)
	})
	ctx, c := t.Context(), th.ServiceClient()
	all, err := users.ListOf[vendorUser](c).Collect(ctx)
	require.NoError(t, err)
	assert.Equal(t, []vendorUser{wantV}, all)
	for name, r := range map[string]gophercloud.ItemResult[vendorUser]{
		"GetOf":       users.GetOf[vendorUser](ctx, c, "1"),
		"GetByNameOf": users.GetByNameOf[vendorUser](ctx, c, "a"),
		"CreateOf":    users.CreateOf[vendorUser](ctx, c, vendorUser{}),
	} {
		u, err := r.Extract()
		require.NoError(t, err, name)
		assert.Equal(t, wantV, *u, name)
	}
}

func TestGet(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /users/"+id, http.StatusOK, userJSON)
	u, err := users.Get(t.Context(), th.ServiceClient(), id).Extract()
	require.NoError(t, err)
	assert.Equal(t, want, *u)
	testhelper.CheckFailures(t, "GET /users/x", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := users.Get(ctx, c, "x").Extract()
		return err
	})
}

func TestGetByName(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /users", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestQuery(t, r, url.Values{"name": {"jq smith&co"}})
		testhelper.WriteJSON(w, http.StatusOK, userJSON)
	})
	u, err := users.GetByName(t.Context(), th.ServiceClient(), "jq smith&co").Extract()
	require.NoError(t, err)
	assert.Equal(t, id, u.ID)
	testhelper.CheckFailures(t, "GET /users", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := users.GetByName(ctx, c, "x").Extract()
		return err
	})
}

func TestCreate(t *testing.T) {
	yes := true
	th := testhelper.Setup(t)
	th.Handle("POST /users", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestJSONRequest(t, r, createRequest)
		testhelper.WriteJSON(w, http.StatusOK, userJSON)
	})
	u, err := users.Create(t.Context(), th.ServiceClient(), users.CreateOpts{
		Name: "jqsmith", TenantID: tenant, Email: "jqsmith@example.org", Enabled: &yes, Password: "secrete",
	}).Extract()
	require.NoError(t, err)
	assert.Equal(t, want, *u)
	testhelper.CheckFailures(t, "POST /users", http.StatusCreated, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := users.Create(ctx, c, users.CreateOpts{Name: "n"}).Extract()
		return err
	})
}

func TestUpdate(t *testing.T) {
	no := false
	th := testhelper.Setup(t)
	th.Handle("PUT /users/"+id, func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestJSONRequest(t, r, `{"user": {"email": "new@example.org", "enabled": false}}`)
		testhelper.WriteJSON(w, http.StatusOK, userJSON)
	})
	_, err := users.Update(t.Context(), th.ServiceClient(), id, users.UpdateOpts{Email: "new@example.org", Enabled: &no}).Extract()
	require.NoError(t, err)
	testhelper.CheckFailures(t, "PUT /users/x", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := users.Update(ctx, c, "x", users.UpdateOpts{Name: "n"}).Extract()
		return err
	})
}

func TestDelete(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("DELETE /users/"+id, func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) })
	require.NoError(t, users.Delete(t.Context(), th.ServiceClient(), id).ExtractErr())
	testhelper.CheckFailures(t, "DELETE /users/x", http.StatusNoContent, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		return users.Delete(ctx, c, "x").ExtractErr()
	})
}

func TestListRoles(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /tenants/"+tenant+"/users/"+id+"/roles", http.StatusOK, rolesJSON)
	rs, err := users.ListRoles(t.Context(), th.ServiceClient(), tenant, id).Extract()
	require.NoError(t, err)
	assert.Equal(t, []roles.Role{
		{ID: "9fe2ff9ee4384b1894a90878d3e92bab", Name: "_member_"},
		{ID: "1ea3d56793574b668e85960fbf651e13", Name: "admin", Description: "Administrator"},
	}, rs)
	testhelper.CheckFailures(t, "GET /tenants/t/users/u/roles", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := users.ListRoles(ctx, c, "t", "u").Extract()
		return err
	})
}

// TestBadOptions checks that bad options and empty IDs fail before any
// request: the fake fails the test on any request.
func TestBadOptions(t *testing.T) {
	th := testhelper.Setup(t)
	ctx, c := t.Context(), th.ServiceClient()
	errs := map[string]error{
		"create without name": users.Create(ctx, c, users.CreateOpts{Email: "e@example.org"}).Err,
		"create with nil":     users.Create(ctx, c, nil).Err,
		"update nothing":      users.Update(ctx, c, id, users.UpdateOpts{}).Err,
		"get by empty name":   users.GetByName(ctx, c, "").Err,
	}
	for name, err := range errs {
		assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions, name)
	}
	_, err := users.Get(ctx, c, "").Extract()
	assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions, "get with empty id")
	_, err = users.Update(ctx, c, "..", users.UpdateOpts{Name: "n"}).Extract()
	assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions, "update with a dot id")
	assert.ErrorIs(t, users.Delete(ctx, c, "").ExtractErr(), gophercloud.ErrInvalidOptions, "delete with empty id")
	_, err = users.ListRoles(ctx, c, "", id).Extract()
	assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions, "roles with empty tenant")
	_, err = users.ListRoles(ctx, c, tenant, "").Extract()
	assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions, "roles with empty user")
}
