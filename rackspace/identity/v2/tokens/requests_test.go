package tokens_test

import (
	"context"
	"net/http"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/rackspace"
	"github.com/cloudsdk/gophercloud/rackspace/identity/v2/tokens"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/cloudsdk/gophercloud/testhelper/fakerackspace"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func identity(t *testing.T) (*fakerackspace.Server, *gophercloud.ServiceClient) {
	fake := fakerackspace.New()
	t.Cleanup(fake.Close)
	p, err := rackspace.AuthenticatedClient(t.Context(), fake.AuthOptions())
	require.NoError(t, err)
	c, err := rackspace.NewIdentityV2(p)
	require.NoError(t, err)
	return fake, c
}

func TestCreate(t *testing.T) {
	fake, c := identity(t)
	for _, tc := range []struct {
		name string
		opts rackspace.AuthOptions
		by   string
	}{
		{"api key", rackspace.AuthOptions{Username: fakerackspace.Username, APIKey: fakerackspace.APIKey}, "APIKEY"},
		{"password with tenant", rackspace.AuthOptions{Username: fakerackspace.Username, Password: fakerackspace.Password, TenantName: fakerackspace.TenantID}, "PASSWORD"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := tokens.Create(t.Context(), c, tc.opts)
			access, err := r.Extract()
			require.NoError(t, err)
			assert.Equal(t, fakerackspace.TenantID, access.Token.Tenant.ID)
			assert.Len(t, access.ServiceCatalog, 5)
			rax, err := tokens.ExtractRAX(r.Result)
			require.NoError(t, err)
			assert.Equal(t, []string{tc.by}, rax.AuthenticatedBy)
			assert.Equal(t, "DFW", rax.DefaultRegion)
			assert.Equal(t, fakerackspace.DomainID, rax.DomainID)
			assert.Contains(t, rax.Roles, tokens.Role{ID: "3", Name: "identity:user-admin", Description: "User Admin Role."})
		})
	}
	assert.Equal(t, 3, fake.TokensIssued())

	_, err := tokens.Create(t.Context(), c, rackspace.AuthOptions{Username: fakerackspace.Username, APIKey: "wrong"}).Extract()
	assert.ErrorIs(t, err, gophercloud.ErrUnauthorized)
	_, err = tokens.Create(t.Context(), c, rackspace.AuthOptions{Username: fakerackspace.Username}).Extract()
	assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
	assert.Equal(t, 3, fake.TokensIssued(), "bad options send nothing")
}

func TestGetAndRevoke(t *testing.T) {
	_, c := identity(t)
	other, err := tokens.Create(t.Context(), c, rackspace.AuthOptions{Username: fakerackspace.Username, APIKey: fakerackspace.APIKey}).ExtractTokenID()
	require.NoError(t, err)

	r := tokens.Get(t.Context(), c, other, tokens.ValidateOpts{})
	user, err := r.ExtractUser()
	require.NoError(t, err)
	assert.Equal(t, fakerackspace.UserID, user.ID)
	rax, err := tokens.ExtractRAX(r.Result)
	require.NoError(t, err)
	assert.Empty(t, rax.AuthenticatedBy)

	require.NoError(t, tokens.Revoke(t.Context(), c, other).ExtractErr())
	_, err = tokens.Get(t.Context(), c, other, tokens.ValidateOpts{}).Extract()
	assert.ErrorIs(t, err, gophercloud.ErrNotFound)
	assert.ErrorIs(t, tokens.Revoke(t.Context(), c, "").ExtractErr(), gophercloud.ErrInvalidOptions)
}

func TestFailures(t *testing.T) {
	opts := rackspace.AuthOptions{Username: "me", APIKey: "k"}
	testhelper.CheckFailures(t, "POST /tokens", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := tokens.Create(ctx, c, opts).Extract()
		return err
	})
	testhelper.CheckFailures(t, "POST /tokens", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := tokens.ExtractRAX(tokens.Create(ctx, c, opts).Result)
		return err
	})
	testhelper.CheckFailures(t, "GET /tokens/t", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := tokens.Get(ctx, c, "t", tokens.ValidateOpts{}).Extract()
		return err
	})
	testhelper.CheckFailures(t, "DELETE /tokens/t", http.StatusNoContent, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		return tokens.Revoke(ctx, c, "t").ExtractErr()
	})
}

func TestExtractRAXWithoutTokenID(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleNoAuth("POST /tokens", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusOK, `{"access": {"token": {}, "user": {}}}`)
	})
	_, err := tokens.ExtractRAX(tokens.Create(t.Context(), th.ServiceClient(), rackspace.AuthOptions{Username: "me", APIKey: "k"}).Result)
	assert.ErrorIs(t, err, gophercloud.ErrMalformedResponse)
}

func TestGetBelongsTo(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /tokens/t", func(w http.ResponseWriter, r *http.Request) {
		assert.Equal(t, "123456", r.URL.Query().Get("belongsTo"))
		testhelper.WriteJSON(w, http.StatusOK, `{"access": {"token": {"id": "t", "expires": "2026-12-05T01:00:00.000-05:00", "tenant": {"id": "123456", "name": "123456"}}, "user": {"id": "u1", "name": "me", "roles": []}}}`)
	})
	user, err := tokens.Get(t.Context(), th.ServiceClient(), "t", tokens.ValidateOpts{BelongsTo: "123456"}).ExtractUser()
	require.NoError(t, err)
	assert.Equal(t, "u1", user.ID)
}
