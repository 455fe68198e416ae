package roles_test

import (
	"context"
	"net/http"
	"testing"

	"github.com/cloudsdk/gophercloud"
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
	assert.Equal(t, roles.Role{ID: "6", Name: "compute:default", Description: "A Role that allows a user access to keystone Service methods",
		ServiceID: "0000000000000000000000000000000000000001", Weight: 1000, Assignment: "BOTH"}, all[0])
	testhelper.CheckFailures(t, "GET /OS-KSADM/roles", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := roles.List(c).Collect(ctx)
		return err
	})
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
