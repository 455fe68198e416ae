package users_test

import (
	"context"
	"net/http"
	"net/url"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	osusers "github.com/cloudsdk/gophercloud/openstack/identity/v2/users"
	"github.com/cloudsdk/gophercloud/rackspace"
	"github.com/cloudsdk/gophercloud/rackspace/identity/v2/users"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/cloudsdk/gophercloud/testhelper/fakerackspace"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var yes = true

// CreateOpts is what openstack/identity/v2/users.CreateOf takes.
var _ osusers.CreateOptsBuilder = users.CreateOpts{}

func TestCreate(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("POST /users", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestJSONRequest(t, r, createRequest)
		testhelper.WriteJSON(w, http.StatusCreated, createResponse)
	})
	u, err := users.Create(t.Context(), th.ServiceClient(), users.CreateOpts{
		Username: "jqsmith", Email: "john.smith@example.org", Enabled: &yes, DefaultRegion: "ORD",
	}).Extract()
	require.NoError(t, err)
	assert.Equal(t, users.User{User: osusers.User{ID: "123456", Username: "jqsmith", Email: "john.smith@example.org", Enabled: true},
		DefaultRegion: "ORD", DomainID: "5830280", Password: "securePassword2"}, *u)
	testhelper.CheckFailures(t, "POST /users", http.StatusCreated, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := users.Create(ctx, c, users.CreateOpts{Username: "u", Email: "e"}).Extract()
		return err
	})
	for _, opts := range []users.CreateOpts{{Email: "e"}, {Username: "u"}} {
		assert.ErrorIs(t, users.Create(t.Context(), th.ServiceClient(), opts).Err, gophercloud.ErrInvalidOptions)
	}
}

func TestGetAndGetByName(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /users/123456", http.StatusOK, getResponse)
	th.Handle("GET /users", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestQuery(t, r, url.Values{"name": {"jq smith"}})
		testhelper.WriteJSON(w, http.StatusOK, getResponse)
	})
	u, err := users.Get(t.Context(), th.ServiceClient(), "123456").Extract()
	require.NoError(t, err)
	assert.Equal(t, time.Date(2012, 3, 26, 15, 44, 51, 0, time.UTC), u.Created.UTC())
	assert.Empty(t, u.Password)
	u, err = users.GetByName(t.Context(), th.ServiceClient(), "jq smith").Extract()
	require.NoError(t, err)
	assert.Equal(t, "123456", u.ID)
	assert.ErrorIs(t, users.GetByName(t.Context(), th.ServiceClient(), "").Err, gophercloud.ErrInvalidOptions)
	assert.ErrorIs(t, users.Get(t.Context(), th.ServiceClient(), "").Err, gophercloud.ErrInvalidOptions)
	testhelper.CheckFailures(t, "GET /users/x", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := users.Get(ctx, c, "x").Extract()
		return err
	})
	testhelper.CheckFailures(t, "GET /users", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := users.GetByName(ctx, c, "x").Extract()
		return err
	})
}

func TestList(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /users", http.StatusOK, listResponse)
	all, err := users.List(th.ServiceClient()).Collect(t.Context())
	require.NoError(t, err)
	require.Len(t, all, 2)
	assert.False(t, all[1].Enabled)
	assert.Equal(t, "DFW", all[0].DefaultRegion)
	testhelper.CheckFailures(t, "GET /users", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := users.List(c).Collect(ctx)
		return err
	})
}

func TestUpdate(t *testing.T) {
	no := false
	th := testhelper.Setup(t)
	th.Handle("POST /users/123456", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestJSONRequest(t, r, `{"user": {"email": "new@example.org", "enabled": false}}`)
		testhelper.WriteJSON(w, http.StatusOK, getResponse)
	})
	_, err := users.Update(t.Context(), th.ServiceClient(), "123456", users.UpdateOpts{Email: "new@example.org", Enabled: &no}).Extract()
	require.NoError(t, err)
	assert.ErrorIs(t, users.Update(t.Context(), th.ServiceClient(), "123456", users.UpdateOpts{}).Err, gophercloud.ErrInvalidOptions)
	testhelper.CheckFailures(t, "POST /users/x", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := users.Update(ctx, c, "x", users.UpdateOpts{Email: "e"}).Extract()
		return err
	})
}

func TestDelete(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("DELETE /users/123456", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) })
	require.NoError(t, users.Delete(t.Context(), th.ServiceClient(), "123456").ExtractErr())
	testhelper.CheckFailures(t, "DELETE /users/x", http.StatusNoContent, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		return users.Delete(ctx, c, "x").ExtractErr()
	})
}

func TestAPIKeys(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /users/123456/OS-KSADM/credentials/RAX-KSKEY:apiKeyCredentials", http.StatusOK, apiKeyResponse)
	th.HandleJSON("POST /users/123456/OS-KSADM/credentials/RAX-KSKEY:apiKeyCredentials/RAX-AUTH/reset", http.StatusOK, apiKeyResponse)
	want := users.APIKey{Username: "jqsmith", APIKey: "aaaaa-bbbbb-ccccc-12345678"}
	k, err := users.GetAPIKey(t.Context(), th.ServiceClient(), "123456").Extract()
	require.NoError(t, err)
	assert.Equal(t, want, *k)
	k, err = users.ResetAPIKey(t.Context(), th.ServiceClient(), "123456").Extract()
	require.NoError(t, err)
	assert.Equal(t, want, *k)
	testhelper.CheckFailures(t, "GET /users/x/OS-KSADM/credentials/RAX-KSKEY:apiKeyCredentials", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := users.GetAPIKey(ctx, c, "x").Extract()
		return err
	})
	testhelper.CheckFailures(t, "POST /users/x/OS-KSADM/credentials/RAX-KSKEY:apiKeyCredentials/RAX-AUTH/reset", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := users.ResetAPIKey(ctx, c, "x").Extract()
		return err
	})
}

// TestLifecycleOnFake runs the calls against fakerackspace: the new user
// authenticates with its generated password, then with a reset API key.
func TestLifecycleOnFake(t *testing.T) {
	fake := fakerackspace.New()
	t.Cleanup(fake.Close)
	ctx := t.Context()
	p, err := rackspace.AuthenticatedClient(ctx, fake.AuthOptions())
	require.NoError(t, err)
	c, err := rackspace.NewIdentityV2(p)
	require.NoError(t, err)

	u, err := users.Create(ctx, c, users.CreateOpts{Username: "deploy", Email: "deploy@example.com", DefaultRegion: "ORD"}).Extract()
	require.NoError(t, err)
	require.NotEmpty(t, u.Password)
	_, err = rackspace.AuthenticatedClient(ctx, rackspace.AuthOptions{IdentityEndpoint: fake.IdentityEndpoint(), Username: "deploy", Password: u.Password})
	require.NoError(t, err)

	_, err = users.Create(ctx, c, users.CreateOpts{Username: "deploy", Email: "x@example.com"}).Extract()
	assert.ErrorIs(t, err, gophercloud.ErrConflict)

	key, err := users.ResetAPIKey(ctx, c, u.ID).Extract()
	require.NoError(t, err)
	_, err = rackspace.AuthenticatedClient(ctx, rackspace.AuthOptions{IdentityEndpoint: fake.IdentityEndpoint(), Username: "deploy", APIKey: key.APIKey})
	require.NoError(t, err)

	no := false
	got, err := users.Update(ctx, c, u.ID, users.UpdateOpts{Enabled: &no}).Extract()
	require.NoError(t, err)
	assert.False(t, got.Enabled)
	byName, err := users.GetByName(ctx, c, "deploy").Extract()
	require.NoError(t, err)
	assert.Equal(t, u.ID, byName.ID)
	all, err := users.List(c).Collect(ctx)
	require.NoError(t, err)
	assert.Len(t, all, 2)

	require.NoError(t, users.Delete(ctx, c, u.ID).ExtractErr())
	_, err = users.Get(ctx, c, u.ID).Extract()
	assert.ErrorIs(t, err, gophercloud.ErrNotFound)
}
