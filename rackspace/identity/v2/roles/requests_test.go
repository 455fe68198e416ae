package roles_test

import (
	"context"
	"net/http"
	"testing"

	"github.com/cloudsdk/gophercloud"
	osroles "github.com/cloudsdk/gophercloud/openstack/identity/v2/roles"
	"github.com/cloudsdk/gophercloud/rackspace"
	"github.com/cloudsdk/gophercloud/rackspace/identity/v2/roles"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/cloudsdk/gophercloud/testhelper/fakerackspace"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestList(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /OS-KSADM/roles", http.StatusOK, listJSON)
	all, err := roles.List(th.ServiceClient()).Collect(t.Context())
	require.NoError(t, err)
	require.Len(t, all, 2)
	assert.Equal(t, roles.Role{Role: osroles.Role{ID: "6", Name: "compute:default", Description: "A Role that allows a user access to keystone Service methods",
		ServiceID: "0000000000000000000000000000000000000001"}, Weight: 1000, Assignment: "BOTH"}, all[0])
	testhelper.CheckFailures(t, "GET /OS-KSADM/roles", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := roles.List(c).Collect(ctx)
		return err
	})
}

// TestQuotedProperties decodes the RAX-AUTH properties as Rackspace has
// also sent them, quoted, and refuses a value that is neither.
func TestQuotedProperties(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /OS-KSADM/roles", http.StatusOK, quotedListJSON)
	th.HandleJSON("GET /users/bad/roles", http.StatusOK, `{"roles": [{"id": "1", "name": "x", "RAX-AUTH:Weight": "heavy"}]}`)
	all, err := roles.List(th.ServiceClient()).Collect(t.Context())
	require.NoError(t, err)
	require.Len(t, all, 3)
	assert.Equal(t, roles.Role{Role: osroles.Role{ID: "10000150", Name: "checkmate", Description: "Checkmate Access role",
		ServiceID: "bde1268ebabeeabb70a0e702a4626977c331d5c4"}, Propagate: true, Weight: 500}, all[0])
	assert.Equal(t, gophercloud.LooseBool(false), all[1].Propagate)
	assert.Equal(t, gophercloud.LooseInt(1000), all[1].Weight)
	assert.Zero(t, all[2].Weight, "null")
	assert.Zero(t, all[2].Propagate, `""`)
	_, err = roles.ListUserRoles(th.ServiceClient(), "bad").Collect(t.Context())
	assert.ErrorIs(t, err, gophercloud.ErrMalformedResponse)
}

// TestEmbedding checks that a caller's type embedding Role decodes its
// own fields too (Role has no UnmarshalJSON to shadow them).
func TestEmbedding(t *testing.T) {
	type myRole struct {
		roles.Role
		Extra string `json:"RAX-AUTH:extra"`
	}
	th := testhelper.Setup(t)
	th.HandleJSON("GET /OS-KSADM/roles", http.StatusOK, `{"roles": [{"id": "6", "name": "n", "RAX-AUTH:Weight": "1", "RAX-AUTH:extra": "e"}]}`)
	all, err := osroles.ListOf[myRole](th.ServiceClient()).Collect(t.Context())
	require.NoError(t, err)
	assert.Equal(t, []myRole{{Role: roles.Role{Role: osroles.Role{ID: "6", Name: "n"}, Weight: 1}, Extra: "e"}}, all)
}

func TestListUserRoles(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /users/123456/roles", http.StatusOK, listJSON)
	all, err := roles.ListUserRoles(th.ServiceClient(), "123456").Collect(t.Context())
	require.NoError(t, err)
	assert.Equal(t, "GLOBAL", all[1].Assignment)
	testhelper.CheckFailures(t, "GET /users/u/roles", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := roles.ListUserRoles(c, "u").Collect(ctx)
		return err
	})
	_, err = roles.ListUserRoles(th.ServiceClient(), "").Collect(t.Context())
	assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
}

func TestAddAndDeleteUserRole(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("PUT /users/123456/roles/OS-KSADM/6", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusOK) })
	th.Handle("DELETE /users/123456/roles/OS-KSADM/6", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) })
	require.NoError(t, roles.AddUserRole(t.Context(), th.ServiceClient(), "123456", "6").ExtractErr())
	require.NoError(t, roles.DeleteUserRole(t.Context(), th.ServiceClient(), "123456", "6").ExtractErr())
	testhelper.CheckFailures(t, "PUT /users/u/roles/OS-KSADM/r", http.StatusOK, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		return roles.AddUserRole(ctx, c, "u", "r").ExtractErr()
	})
	testhelper.CheckFailures(t, "DELETE /users/u/roles/OS-KSADM/r", http.StatusNoContent, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		return roles.DeleteUserRole(ctx, c, "u", "r").ExtractErr()
	})
	assert.ErrorIs(t, roles.AddUserRole(t.Context(), th.ServiceClient(), "123456", "").ExtractErr(), gophercloud.ErrInvalidOptions)
}

func TestOnFake(t *testing.T) {
	fake := fakerackspace.New()
	t.Cleanup(fake.Close)
	ctx := t.Context()
	p, err := rackspace.AuthenticatedClient(ctx, fake.AuthOptions())
	require.NoError(t, err)
	c, err := rackspace.NewIdentityV2(p)
	require.NoError(t, err)

	names := func() []string {
		rs, err := roles.ListUserRoles(c, fakerackspace.UserID).Collect(ctx)
		require.NoError(t, err)
		var out []string
		for _, r := range rs {
			out = append(out, r.Name)
		}
		return out
	}
	assert.NotContains(t, names(), "checkmate")
	require.NoError(t, roles.AddUserRole(ctx, c, fakerackspace.UserID, "10000150").ExtractErr())
	assert.Contains(t, names(), "checkmate")
	assert.ErrorIs(t, roles.AddUserRole(ctx, c, fakerackspace.UserID, "10000150").ExtractErr(), gophercloud.ErrConflict)
	require.NoError(t, roles.DeleteUserRole(ctx, c, fakerackspace.UserID, "10000150").ExtractErr())
	assert.NotContains(t, names(), "checkmate")
	all, err := roles.List(c).Collect(ctx)
	require.NoError(t, err)
	assert.Len(t, all, 5)
}
