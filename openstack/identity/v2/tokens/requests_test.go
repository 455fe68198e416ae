package tokens_test

import (
	"context"
	"net/http"
	"net/url"
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
	access, err := tokens.Get(t.Context(), identityClient(th), tokenID, tokens.ValidateOpts{}).Extract()
	require.NoError(t, err)
	assert.Equal(t, "demo", access.User.Name)
	assert.Equal(t, "demo", access.Token.Tenant.Name)

	testhelper.CheckFailures(t, "GET /tokens/{id}", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := tokens.Get(ctx, c, tokenID, tokens.ValidateOpts{}).Extract()
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

const tenantID = "fc394f2ab2df4114bde39905f800dc57"

func TestGetBelongsTo(t *testing.T) {
	for name, tc := range map[string]struct {
		opts tokens.ValidateOpts
		want url.Values
	}{
		"zero opts":      {tokens.ValidateOpts{}, url.Values{}},
		"belongsTo":      {tokens.ValidateOpts{BelongsTo: tenantID}, url.Values{"belongsTo": {tenantID}}},
		"escaped tenant": {tokens.ValidateOpts{BelongsTo: "a&b c"}, url.Values{"belongsTo": {"a&b c"}}},
	} {
		t.Run(name, func(t *testing.T) {
			th := testhelper.Setup(t)
			th.Handle("GET /v2.0/tokens/{id}", func(w http.ResponseWriter, r *http.Request) {
				assert.Equal(t, tokenID, r.PathValue("id"))
				testhelper.TestQuery(t, r, tc.want)
				testhelper.WriteJSON(w, http.StatusNonAuthoritativeInfo, validateJSON)
			})
			access, err := tokens.Get(t.Context(), identityClient(th), tokenID, tc.opts).Extract()
			require.NoError(t, err, "203 is a success, as the reference documents")
			assert.Equal(t, tenantID, access.Token.Tenant.ID)
			assert.Equal(t, []tokens.Role{{Name: "_member_"}}, access.User.Roles)
			assert.Empty(t, access.ServiceCatalog)
		})
	}
}

// Keystone answers a token of another tenant with 401.
func TestGetBelongsToOtherTenant(t *testing.T) {
	th := testhelper.Setup(t)
	th.Mux.HandleFunc("GET /v2.0/tokens/{id}", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusUnauthorized, `{"error": {"message": "The request you have made requires authentication.", "code": 401, "title": "Unauthorized"}}`)
	})
	_, err := tokens.Get(t.Context(), identityClient(th), tokenID, tokens.ValidateOpts{BelongsTo: "other"}).Extract()
	assert.ErrorIs(t, err, gophercloud.ErrUnauthorized)
}

func TestCheck(t *testing.T) {
	cases := []struct {
		name    string
		status  int
		opts    tokens.ValidateOpts
		query   url.Values
		valid   bool
		wantErr error
	}{
		{"valid (200)", http.StatusOK, tokens.ValidateOpts{}, url.Values{}, true, nil},
		{"valid (203)", http.StatusNonAuthoritativeInfo, tokens.ValidateOpts{}, url.Values{}, true, nil},
		{"valid for the tenant (204)", http.StatusNoContent, tokens.ValidateOpts{BelongsTo: tenantID}, url.Values{"belongsTo": {tenantID}}, true, nil},
		{"unknown, expired or revoked (404)", http.StatusNotFound, tokens.ValidateOpts{}, url.Values{}, false, nil},
		{"forbidden (403)", http.StatusForbidden, tokens.ValidateOpts{}, url.Values{}, false, gophercloud.ErrForbidden},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			th := testhelper.Setup(t)
			th.Handle("HEAD /v2.0/tokens/{id}", func(w http.ResponseWriter, r *http.Request) {
				assert.Equal(t, tokenID, r.PathValue("id"))
				testhelper.TestQuery(t, r, tc.query)
				w.WriteHeader(tc.status)
			})
			valid, err := tokens.Check(t.Context(), identityClient(th), tokenID, tc.opts).Extract()
			if tc.wantErr != nil {
				assert.ErrorIs(t, err, tc.wantErr)
			} else {
				require.NoError(t, err)
			}
			assert.Equal(t, tc.valid, valid)
		})
	}
	testhelper.CheckFailures(t, "HEAD /tokens/{id}", http.StatusOK, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := tokens.Check(ctx, c, tokenID, tokens.ValidateOpts{}).Extract()
		return err
	})
}

func TestListEndpoints(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /v2.0/tokens/{id}/endpoints", func(w http.ResponseWriter, r *http.Request) {
		assert.Equal(t, tokenID, r.PathValue("id"))
		if r.URL.Query().Get("marker") != "" {
			testhelper.WriteJSON(w, http.StatusOK, endpointsLastJSON)
			return
		}
		testhelper.WriteJSON(w, http.StatusNonAuthoritativeInfo, endpointsJSON)
	})
	all, err := tokens.ListEndpoints(identityClient(th), tokenID).Collect(t.Context())
	require.NoError(t, err)
	require.Len(t, all, 2, "endpoints_links is followed")
	assert.Equal(t, tokens.ServiceEndpoint{
		Name: "nova", Type: "compute",
		Endpoint: tokens.Endpoint{
			ID:          "2dad48f09e2a447a9bf852bcd93548ef",
			Region:      "RegionOne",
			PublicURL:   "http://127.0.0.1:8774/v2/fc394f2ab2df4114bde39905f800dc57",
			InternalURL: "http://10.0.0.10:8774/v2/fc394f2ab2df4114bde39905f800dc57",
			AdminURL:    "http://10.0.0.10:8774/v2/fc394f2ab2df4114bde39905f800dc57",
		},
	}, all[0])
	assert.Equal(t, "identity", all[1].Type)
	assert.Equal(t, "http://10.0.0.10:35357/v2.0", all[1].AdminURL)

	testhelper.CheckFailures(t, "GET /tokens/{id}/endpoints", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := tokens.ListEndpoints(c, tokenID).Collect(ctx)
		return err
	})
}

// TestAdminBadOptions checks that bad options and empty IDs fail before
// any request: the fake fails the test on any request.
func TestAdminBadOptions(t *testing.T) {
	th := testhelper.Setup(t)
	ctx, c := t.Context(), identityClient(th)
	_, getErr := tokens.Get(ctx, c, "", tokens.ValidateOpts{}).Extract()
	_, checkErr := tokens.Check(ctx, c, "..", tokens.ValidateOpts{}).Extract()
	_, endpointsErr := tokens.ListEndpoints(c, "").Collect(ctx)
	for name, err := range map[string]error{
		"get with an empty token":  getErr,
		"check with a dot token":   checkErr,
		"endpoints of empty token": endpointsErr,
		"revoke an empty token":    tokens.Revoke(ctx, c, "").ExtractErr(),
	} {
		assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions, name)
	}
}
