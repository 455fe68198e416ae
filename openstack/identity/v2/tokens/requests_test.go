package tokens_test

import (
	"context"
	"net/http"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/identity/v2/tokens"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// identityClient returns a client for the fake server's "/v2.0/" path.
func identityClient(th *testhelper.Server) *gophercloud.ServiceClient {
	sc := th.ServiceClient()
	sc.Endpoint = th.Endpoint() + "v2.0/"
	sc.Type = "identity"
	return sc
}

func TestCreate(t *testing.T) {
	cases := []struct {
		name     string
		opts     tokens.AuthOptionsBuilder
		wantBody string
	}{
		{
			name:     "password and tenant name",
			opts:     gophercloud.AuthOptions{Username: "demo", Password: "demosecret", TenantName: "demo"},
			wantBody: `{"auth": {"passwordCredentials": {"username": "demo", "password": "demosecret"}, "tenantName": "demo"}}`,
		},
		{
			name:     "password and tenant id",
			opts:     gophercloud.AuthOptions{Username: "demo", Password: "demosecret", TenantID: "fc394f2ab2df4114bde39905f800dc57"},
			wantBody: `{"auth": {"passwordCredentials": {"username": "demo", "password": "demosecret"}, "tenantId": "fc394f2ab2df4114bde39905f800dc57"}}`,
		},
		{
			name:     "password, project scope becomes the tenant",
			opts:     gophercloud.AuthOptions{Username: "demo", Password: "demosecret", Scope: &gophercloud.AuthScope{ProjectName: "demo", DomainName: "Default"}},
			wantBody: `{"auth": {"passwordCredentials": {"username": "demo", "password": "demosecret"}, "tenantName": "demo"}}`,
		},
		{
			name:     "password, no tenant",
			opts:     gophercloud.AuthOptions{Username: "demo", Password: "demosecret"},
			wantBody: `{"auth": {"passwordCredentials": {"username": "demo", "password": "demosecret"}}}`,
		},
		{
			name:     "token and tenant id",
			opts:     gophercloud.AuthOptions{TokenID: "aaaaa-unscoped", TenantID: "fc394f2ab2df4114bde39905f800dc57"},
			wantBody: `{"auth": {"token": {"id": "aaaaa-unscoped"}, "tenantId": "fc394f2ab2df4114bde39905f800dc57"}}`,
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			th := testhelper.Setup(t)
			th.HandleNoAuth("POST /v2.0/tokens", func(w http.ResponseWriter, r *http.Request) {
				testhelper.TestHeaderUnset(t, r, "X-Auth-Token")
				testhelper.TestJSONRequest(t, r, tc.wantBody)
				testhelper.WriteJSON(w, http.StatusOK, accessJSON)
			})
			r := tokens.Create(t.Context(), identityClient(th), tc.opts)
			require.NoError(t, r.Err)
			id, err := r.ExtractTokenID()
			require.NoError(t, err)
			assert.Equal(t, tokenID, id)
		})
	}
}

func TestCreateRejectsBadOptionsBeforeAnyRequest(t *testing.T) {
	cases := []struct {
		name    string
		opts    tokens.AuthOptionsBuilder
		wantArg string
	}{
		{"missing password", gophercloud.AuthOptions{Username: "demo"}, "AuthOptions.Password"},
		{"user id only (v2 knows names)", gophercloud.AuthOptions{UserID: "9a65", Password: "x"}, "AuthOptions.Username"},
		{"application credential", gophercloud.AuthOptions{ApplicationCredentialID: "423f", ApplicationCredentialSecret: "s"}, "AuthOptions.ApplicationCredentialID"},
		{"domain scope", gophercloud.AuthOptions{Username: "demo", Password: "x", Scope: &gophercloud.AuthScope{DomainName: "Default"}}, "AuthOptions.Scope"},
		{"system scope", gophercloud.AuthOptions{Username: "demo", Password: "x", Scope: &gophercloud.AuthScope{System: true}}, "AuthOptions.Scope"},
		{"TOTP passcode", gophercloud.AuthOptions{Username: "demo", Password: "x", Passcode: "123456"}, "AuthOptions.Passcode"},
		{"tenant id and name", gophercloud.AuthOptions{Username: "demo", Password: "x", TenantID: "fc39", TenantName: "demo"}, "AuthOptions.TenantID"},
		{"token with password", gophercloud.AuthOptions{TokenID: "tok", Password: "x"}, "AuthOptions.TokenID"},
		{"nil builder", nil, "tokens.AuthOptionsBuilder"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			th := testhelper.Setup(t)
			var requests atomic.Int32
			th.HandleNoAuth("/v2.0/", func(w http.ResponseWriter, r *http.Request) {
				requests.Add(1)
				w.WriteHeader(http.StatusTeapot)
			})
			r := tokens.Create(t.Context(), identityClient(th), tc.opts)
			require.Error(t, r.Err)
			assert.ErrorIs(t, r.Err, gophercloud.ErrInvalidOptions)
			assert.Contains(t, r.Err.Error(), tc.wantArg)
			assert.Zero(t, requests.Load(), "no request may be sent for bad options")
		})
	}
}

// Create sends no token, so testhelper.CheckFailures (whose handlers
// require one) cannot drive it; its failure paths are checked here.
func TestCreateFailures(t *testing.T) {
	cases := []struct {
		name     string
		status   int
		body     string
		wantIs   error
		wantText string
	}{
		{"wrong password", http.StatusUnauthorized, `{"error": {"message": "The request you have made requires authentication.", "code": 401, "title": "Unauthorized"}}`, gophercloud.ErrUnauthorized, "requires authentication"},
		{"server error", http.StatusInternalServerError, `{"error": {"message": "An unexpected error prevented the server from fulfilling your request.", "code": 500, "title": "Internal Server Error"}}`, gophercloud.ErrServerError, "unexpected error prevented"},
		{"malformed body", http.StatusOK, `{"access": {"token": `, gophercloud.ErrMalformedResponse, ""},
		{"no access key", http.StatusOK, `{"unexpected": 1}`, gophercloud.ErrMalformedResponse, `"access"`},
		{"access without token id", http.StatusOK, `{"access": {"token": {"expires": "2026-01-31T15:30:58Z"}}}`, gophercloud.ErrMalformedResponse, "token id"},
		{"bad expiry", http.StatusOK, `{"access": {"token": {"id": "x", "expires": "tomorrow"}}}`, gophercloud.ErrMalformedResponse, "tomorrow"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			th := testhelper.Setup(t)
			th.HandleNoAuth("POST /v2.0/tokens", func(w http.ResponseWriter, r *http.Request) {
				testhelper.WriteJSON(w, tc.status, tc.body)
			})
			r := tokens.Create(t.Context(), identityClient(th), gophercloud.AuthOptions{Username: "demo", Password: "x"})
			for name, extract := range map[string]func() error{
				"Extract":               func() error { _, err := r.Extract(); return err },
				"ExtractToken":          func() error { _, err := r.ExtractToken(); return err },
				"ExtractTokenID":        func() error { _, err := r.ExtractTokenID(); return err },
				"ExtractServiceCatalog": func() error { _, err := r.ExtractServiceCatalog(); return err },
				"ExtractUser":           func() error { _, err := r.ExtractUser(); return err },
			} {
				err := extract()
				require.Error(t, err, name)
				assert.ErrorIs(t, err, tc.wantIs, name)
				assert.Contains(t, err.Error(), tc.wantText, name)
			}
		})
	}
}

func TestExtract(t *testing.T) {
	var r tokens.CreateResult
	r.Body = []byte(accessJSON)
	r.StatusCode = http.StatusOK

	access, err := r.Extract()
	require.NoError(t, err)
	assert.Equal(t, tokenID, access.Token.ID)
	assert.Equal(t, tokens.Tenant{ID: "fc394f2ab2df4114bde39905f800dc57", Name: "demo", Enabled: true}, access.Token.Tenant)
	assert.Equal(t, []string{"ZzZwkUflQfygX7pdYDBCQQ"}, access.Token.AuditIDs)

	token, err := r.ExtractToken()
	require.NoError(t, err)
	assert.Equal(t, time.Date(2026, 1, 31, 15, 30, 58, 0, time.UTC), token.Expires().UTC())
	assert.Equal(t, time.Date(2026, 1, 30, 15, 30, 58, 819584000, time.UTC), token.IssuedAt.Time.UTC(),
		"issued_at without a zone is UTC")

	catalog, err := r.ExtractServiceCatalog()
	require.NoError(t, err)
	require.Len(t, catalog.Entries, 2)
	assert.Equal(t, tokens.CatalogEntry{
		Name: "nova", Type: "compute",
		Endpoints: []tokens.Endpoint{{
			ID:          "2dad48f09e2a447a9bf852bcd93548ef",
			Region:      "RegionOne",
			PublicURL:   "http://127.0.0.1:8774/v2/fc394f2ab2df4114bde39905f800dc57",
			InternalURL: "http://10.0.0.10:8774/v2/fc394f2ab2df4114bde39905f800dc57",
			AdminURL:    "http://10.0.0.10:8774/v2/fc394f2ab2df4114bde39905f800dc57",
		}},
	}, catalog.Entries[0])
	assert.Equal(t, "identity", catalog.Entries[1].Type)

	user, err := r.ExtractUser()
	require.NoError(t, err)
	assert.Equal(t, &tokens.User{
		ID: "9a6590b2ab024747bc2167c4e064d00d", Name: "demo", UserName: "demo",
		Roles: []tokens.Role{{Name: "Member"}, {Name: "anotherrole"}},
	}, user)
}

func TestGet(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /v2.0/tokens/{id}", func(w http.ResponseWriter, r *http.Request) {
		assert.Equal(t, tokenID, r.PathValue("id"))
		testhelper.WriteJSON(w, http.StatusOK, accessJSON)
	})
	access, err := tokens.Get(t.Context(), identityClient(th), tokenID).Extract()
	require.NoError(t, err)
	assert.Equal(t, "demo", access.User.Name)
	assert.Equal(t, "demo", access.Token.Tenant.Name)

	testhelper.CheckFailures(t, "GET /tokens/{id}", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := tokens.Get(ctx, c, tokenID).Extract()
		return err
	})
}

func TestRevoke(t *testing.T) {
	th := testhelper.Setup(t)
	var deleted atomic.Int32
	th.Handle("DELETE /v2.0/tokens/{id}", func(w http.ResponseWriter, r *http.Request) {
		assert.Equal(t, tokenID, r.PathValue("id"))
		deleted.Add(1)
		w.WriteHeader(http.StatusNoContent)
	})
	require.NoError(t, tokens.Revoke(t.Context(), identityClient(th), tokenID).ExtractErr())
	assert.Equal(t, int32(1), deleted.Load())

	testhelper.CheckFailures(t, "DELETE /tokens/{id}", http.StatusNoContent, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		return tokens.Revoke(ctx, c, tokenID).ExtractErr()
	})
}
