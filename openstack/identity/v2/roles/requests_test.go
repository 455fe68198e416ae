package roles_test

import (
	"context"
	"net/http"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/identity/v2/roles"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const (
	tenant = "fc394f2ab2df4114bde39905f800dc57"
	user   = "u1000"
	role   = "9fe2ff9ee4384b1894a90878d3e92bab"
)

func TestList(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /OS-KSADM/roles", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("marker") != "" {
			testhelper.WriteJSON(w, http.StatusOK, lastPageJSON)
			return
		}
		testhelper.WriteJSON(w, http.StatusOK, listJSON)
	})
	all, err := roles.List(th.ServiceClient()).Collect(t.Context())
	require.NoError(t, err)
	require.Len(t, all, 3, "the roles_links next page is followed")
	assert.Equal(t, roles.Role{ID: "9fe2ff9ee4384b1894a90878d3e92bab", Name: "_member_", Description: "Default role for project membership"}, all[0])
	assert.Equal(t, "0eca77c4ae3a4a4b8b2d9ab1a6f2b4f1", all[1].ServiceID)
	assert.Equal(t, "ResellerAdmin", all[2].Name)
	testhelper.CheckFailures(t, "GET /OS-KSADM/roles", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := roles.List(c).Collect(ctx)
		return err
	})
}

// vendorRole is what a vendor package does with ListOf: embed Role, add
// its own fields.
type vendorRole struct {
	roles.Role
	Weight int `json:"VENDOR:weight"`
}

func TestListOf(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /OS-KSADM/roles", http.StatusOK, `{"roles": [{"id": "1", "name": "a", "VENDOR:weight": 500}]}`)
	th.HandleJSON("GET /users/"+user+"/roles", http.StatusOK, `{"roles": [{"id": "2", "name": "b", "VENDOR:weight": 100}]}`)
	all, err := roles.ListOf[vendorRole](th.ServiceClient()).Collect(t.Context())
	require.NoError(t, err)
	assert.Equal(t, []vendorRole{{Role: roles.Role{ID: "1", Name: "a"}, Weight: 500}}, all)
	all, err = roles.ListUserGlobalOf[vendorRole](th.ServiceClient(), user).Collect(t.Context())
	require.NoError(t, err)
	assert.Equal(t, []vendorRole{{Role: roles.Role{ID: "2", Name: "b"}, Weight: 100}}, all)
}

func TestListUserGlobal(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /users/"+user+"/roles", http.StatusOK, globalRolesJSON)
	all, err := roles.ListUserGlobal(th.ServiceClient(), user).Collect(t.Context())
	require.NoError(t, err)
	require.Len(t, all, 2)
	assert.Equal(t, "service", all[0].Name)
	testhelper.CheckFailures(t, "GET /users/u/roles", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := roles.ListUserGlobal(c, "u").Collect(ctx)
		return err
	})
	_, err = roles.ListUserGlobal(th.ServiceClient(), "").Collect(t.Context())
	assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
}

func TestGrantAndRevoke(t *testing.T) {
	type call func(ctx context.Context, c *gophercloud.ServiceClient) error
	cases := []struct {
		name    string
		pattern string
		status  int
		body    string
		call    call
	}{
		{"add on tenant (Keystone: 200 with the role)", "PUT /tenants/" + tenant + "/users/" + user + "/roles/OS-KSADM/" + role, http.StatusOK, grantedJSON,
			func(ctx context.Context, c *gophercloud.ServiceClient) error {
				return roles.AddUser(ctx, c, tenant, user, role).ExtractErr()
			}},
		{"add on tenant (reference: 201)", "PUT /tenants/" + tenant + "/users/" + user + "/roles/OS-KSADM/" + role, http.StatusCreated, "",
			func(ctx context.Context, c *gophercloud.ServiceClient) error {
				return roles.AddUser(ctx, c, tenant, user, role).ExtractErr()
			}},
		{"delete on tenant", "DELETE /tenants/" + tenant + "/users/" + user + "/roles/OS-KSADM/" + role, http.StatusNoContent, "",
			func(ctx context.Context, c *gophercloud.ServiceClient) error {
				return roles.DeleteUser(ctx, c, tenant, user, role).ExtractErr()
			}},
		{"add global", "PUT /users/" + user + "/roles/OS-KSADM/" + role, http.StatusNoContent, "",
			func(ctx context.Context, c *gophercloud.ServiceClient) error {
				return roles.AddUserGlobal(ctx, c, user, role).ExtractErr()
			}},
		{"delete global", "DELETE /users/" + user + "/roles/OS-KSADM/" + role, http.StatusOK, "",
			func(ctx context.Context, c *gophercloud.ServiceClient) error {
				return roles.DeleteUserGlobal(ctx, c, user, role).ExtractErr()
			}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			th := testhelper.Setup(t)
			th.Handle(tc.pattern, func(w http.ResponseWriter, r *http.Request) {
				if tc.body == "" {
					w.WriteHeader(tc.status)
					return
				}
				testhelper.WriteJSON(w, tc.status, tc.body)
			})
			require.NoError(t, tc.call(t.Context(), th.ServiceClient()))
			testhelper.CheckFailures(t, tc.pattern, tc.status, false, tc.call)
		})
	}
}

func TestGrantRefusesEmptyIDs(t *testing.T) {
	th := testhelper.Setup(t) // any request would fail the test
	ctx, c := t.Context(), th.ServiceClient()
	for name, err := range map[string]error{
		"AddUser tenant":      roles.AddUser(ctx, c, "", user, role).ExtractErr(),
		"AddUser user":        roles.AddUser(ctx, c, tenant, "", role).ExtractErr(),
		"AddUser role":        roles.AddUser(ctx, c, tenant, user, "").ExtractErr(),
		"DeleteUser dot":      roles.DeleteUser(ctx, c, tenant, "..", role).ExtractErr(),
		"AddUserGlobal role":  roles.AddUserGlobal(ctx, c, user, "").ExtractErr(),
		"DeleteUserGlobal id": roles.DeleteUserGlobal(ctx, c, "", role).ExtractErr(),
	} {
		assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions, name)
	}
}
