package tokens_test

import (
	"context"
	"errors"
	"net/http"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/tokens"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// identityClient returns a client for the fake server's "/v3/" path, as
// the catalog publishes Keystone.
func identityClient(th *testhelper.Server) *gophercloud.ServiceClient {
	sc := th.ServiceClient()
	sc.Endpoint = th.Endpoint() + "v3/"
	sc.Type = "identity"
	return sc
}

func TestCreate(t *testing.T) {
	cases := []struct {
		name     string
		opts     gophercloud.AuthOptions
		wantBody string
		respond  string
		check    func(t *testing.T, info *tokens.TokenInfo)
	}{
		{
			name: "password, user by name and domain name, project by name",
			opts: gophercloud.AuthOptions{Username: "demo", Password: "demosecret", DomainName: "Default", TenantName: "demo"},
			wantBody: `{"auth": {
				"identity": {"methods": ["password"], "password": {"user": {"name": "demo", "domain": {"name": "Default"}, "password": "demosecret"}}},
				"scope": {"project": {"name": "demo", "domain": {"name": "Default"}}}}}`,
			respond: projectTokenJSON,
			check: func(t *testing.T, info *tokens.TokenInfo) {
				assert.Equal(t, []string{"password"}, info.Methods)
				require.NotNil(t, info.Project)
				assert.Equal(t, "demo", info.Project.Name)
			},
		},
		{
			name: "password, user by id, project by id",
			opts: gophercloud.AuthOptions{UserID: "ee4dfb6e5540447cb3741905149d9b6e", Password: "demosecret", TenantID: "a6944d763bf64ee6a275f1263fae0352"},
			wantBody: `{"auth": {
				"identity": {"methods": ["password"], "password": {"user": {"id": "ee4dfb6e5540447cb3741905149d9b6e", "password": "demosecret"}}},
				"scope": {"project": {"id": "a6944d763bf64ee6a275f1263fae0352"}}}}`,
			respond: projectTokenJSON,
			check: func(t *testing.T, info *tokens.TokenInfo) {
				assert.Equal(t, "ee4dfb6e5540447cb3741905149d9b6e", info.User.ID)
			},
		},
		{
			name: "password, user by name and domain id, project by name in another domain",
			opts: gophercloud.AuthOptions{
				Username: "demo", Password: "demosecret", DomainID: "default",
				Scope: &gophercloud.AuthScope{ProjectName: "ops", DomainID: "7a1f4b1c2d3e"},
			},
			wantBody: `{"auth": {
				"identity": {"methods": ["password"], "password": {"user": {"name": "demo", "domain": {"id": "default"}, "password": "demosecret"}}},
				"scope": {"project": {"name": "ops", "domain": {"id": "7a1f4b1c2d3e"}}}}}`,
			respond: projectTokenJSON,
		},
		{
			name: "password, domain scope",
			opts: gophercloud.AuthOptions{
				Username: "admin", Password: "secret", DomainName: "Default",
				Scope: &gophercloud.AuthScope{DomainName: "Default"},
			},
			wantBody: `{"auth": {
				"identity": {"methods": ["password"], "password": {"user": {"name": "admin", "domain": {"name": "Default"}, "password": "secret"}}},
				"scope": {"domain": {"name": "Default"}}}}`,
			respond: domainTokenJSON,
			check: func(t *testing.T, info *tokens.TokenInfo) {
				assert.Nil(t, info.Project)
				require.NotNil(t, info.Domain)
				assert.Equal(t, "default", info.Domain.ID)
			},
		},
		{
			name: "password, system scope",
			opts: gophercloud.AuthOptions{
				UserID: "423f19a4ac1e4f48bbb4180756e6eb6c", Password: "secret",
				Scope: &gophercloud.AuthScope{System: true},
			},
			wantBody: `{"auth": {
				"identity": {"methods": ["password"], "password": {"user": {"id": "423f19a4ac1e4f48bbb4180756e6eb6c", "password": "secret"}}},
				"scope": {"system": {"all": true}}}}`,
			respond: systemTokenJSON,
			check: func(t *testing.T, info *tokens.TokenInfo) {
				require.NotNil(t, info.System)
				assert.True(t, info.System.All)
				assert.Nil(t, info.Project)
				assert.Nil(t, info.Domain)
			},
		},
		{
			name: "password, unscoped",
			opts: gophercloud.AuthOptions{Username: "demo", Password: "demosecret", DomainID: "default"},
			wantBody: `{"auth": {
				"identity": {"methods": ["password"], "password": {"user": {"name": "demo", "domain": {"id": "default"}, "password": "demosecret"}}}}}`,
			respond: unscopedTokenJSON,
			check: func(t *testing.T, info *tokens.TokenInfo) {
				assert.Empty(t, info.Catalog)
				assert.Empty(t, info.Roles)
				assert.Nil(t, info.Project)
			},
		},
		{
			name: "token, rescoped to a project",
			opts: gophercloud.AuthOptions{TokenID: "gAAAAABold-token", TenantID: "a6944d763bf64ee6a275f1263fae0352"},
			wantBody: `{"auth": {
				"identity": {"methods": ["token"], "token": {"id": "gAAAAABold-token"}},
				"scope": {"project": {"id": "a6944d763bf64ee6a275f1263fae0352"}}}}`,
			respond: projectTokenJSON,
		},
		{
			name: "application credential by id",
			opts: gophercloud.AuthOptions{ApplicationCredentialID: "423f19a4ac1e4f48bbb4180756e6eb6c", ApplicationCredentialSecret: "rEaqvJka48mpv"},
			wantBody: `{"auth": {
				"identity": {"methods": ["application_credential"], "application_credential": {"id": "423f19a4ac1e4f48bbb4180756e6eb6c", "secret": "rEaqvJka48mpv"}}}}`,
			respond: appCredTokenJSON,
			check: func(t *testing.T, info *tokens.TokenInfo) {
				assert.Equal(t, []string{"application_credential"}, info.Methods)
				require.NotNil(t, info.Project, "an application credential's token carries its project")
			},
		},
		{
			name: "application credential by name and user",
			opts: gophercloud.AuthOptions{
				ApplicationCredentialName: "monitoring", ApplicationCredentialSecret: "rEaqvJka48mpv",
				Username: "demo", DomainID: "default",
			},
			wantBody: `{"auth": {
				"identity": {"methods": ["application_credential"], "application_credential": {
					"name": "monitoring", "secret": "rEaqvJka48mpv", "user": {"name": "demo", "domain": {"id": "default"}}}}}}`,
			respond: appCredTokenJSON,
		},
		{
			name: "application credential by name and user id",
			opts: gophercloud.AuthOptions{
				ApplicationCredentialName: "monitoring", ApplicationCredentialSecret: "rEaqvJka48mpv",
				UserID: "ee4dfb6e5540447cb3741905149d9b6e",
			},
			wantBody: `{"auth": {
				"identity": {"methods": ["application_credential"], "application_credential": {
					"name": "monitoring", "secret": "rEaqvJka48mpv", "user": {"id": "ee4dfb6e5540447cb3741905149d9b6e"}}}}}`,
			respond: appCredTokenJSON,
		},
		{
			name: "password and TOTP passcode",
			opts: gophercloud.AuthOptions{Username: "demo", DomainID: "default", Password: "demosecret", Passcode: "012345", TenantID: "a6944d763bf64ee6a275f1263fae0352"},
			wantBody: `{"auth": {
				"identity": {
					"methods": ["password", "totp"],
					"password": {"user": {"name": "demo", "domain": {"id": "default"}, "password": "demosecret"}},
					"totp": {"user": {"name": "demo", "domain": {"id": "default"}, "passcode": "012345"}}},
				"scope": {"project": {"id": "a6944d763bf64ee6a275f1263fae0352"}}}}`,
			respond: projectTokenJSON,
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			th := testhelper.Setup(t)
			th.HandleNoAuth("POST /v3/auth/tokens", func(w http.ResponseWriter, r *http.Request) {
				testhelper.TestHeaderUnset(t, r, "X-Auth-Token")
				testhelper.TestJSONRequest(t, r, tc.wantBody)
				w.Header().Set("X-Subject-Token", subjectToken)
				testhelper.WriteJSON(w, http.StatusCreated, tc.respond)
			})

			r := tokens.Create(t.Context(), identityClient(th), tc.opts)
			require.NoError(t, r.Err)
			id, err := r.ExtractTokenID()
			require.NoError(t, err)
			assert.Equal(t, subjectToken, id)

			info, err := r.Extract()
			require.NoError(t, err)
			assert.False(t, info.ExpiresAt.Time.IsZero())
			tok, err := r.ExtractToken()
			require.NoError(t, err)
			assert.Equal(t, subjectToken, tok.ID)
			assert.Equal(t, info.ExpiresAt.Time, tok.ExpiresAt)
			if tc.check != nil {
				tc.check(t, info)
			}
		})
	}
}

func TestCreateRejectsBadOptionsBeforeAnyRequest(t *testing.T) {
	cases := []struct {
		name    string
		opts    tokens.AuthOptionsBuilder
		wantArg string
	}{
		{"missing password", gophercloud.AuthOptions{Username: "demo", DomainName: "Default"}, "AuthOptions.Password"},
		{"both user id and name", gophercloud.AuthOptions{UserID: "ee4d", Username: "demo", DomainName: "Default", Password: "x"}, "AuthOptions.UserID"},
		{"no user at all", gophercloud.AuthOptions{Password: "x"}, "AuthOptions.Username"},
		{"user name without domain", gophercloud.AuthOptions{Username: "demo", Password: "x"}, "AuthOptions.DomainID or AuthOptions.DomainName"},
		{"user domain id and name", gophercloud.AuthOptions{Username: "demo", Password: "x", DomainID: "default", DomainName: "Default"}, "AuthOptions.DomainID"},
		{"application credential without secret", gophercloud.AuthOptions{ApplicationCredentialID: "423f"}, "AuthOptions.ApplicationCredentialSecret"},
		{"application credential by name without user", gophercloud.AuthOptions{ApplicationCredentialName: "monitoring", ApplicationCredentialSecret: "s"}, "AuthOptions.Username"},
		{"scope with application credential", gophercloud.AuthOptions{ApplicationCredentialID: "423f", ApplicationCredentialSecret: "s", Scope: &gophercloud.AuthScope{ProjectID: "a694"}}, "AuthOptions.Scope"},
		{"tenant with application credential", gophercloud.AuthOptions{ApplicationCredentialID: "423f", ApplicationCredentialSecret: "s", TenantName: "demo", DomainName: "Default"}, "AuthOptions.Scope"},
		{"token with password", gophercloud.AuthOptions{TokenID: "tok", Password: "x"}, "AuthOptions.TokenID"},
		{"project id and name", gophercloud.AuthOptions{UserID: "ee4d", Password: "x", Scope: &gophercloud.AuthScope{ProjectID: "a694", ProjectName: "demo"}}, "AuthScope.ProjectID"},
		{"project name without domain", gophercloud.AuthOptions{UserID: "ee4d", Password: "x", Scope: &gophercloud.AuthScope{ProjectName: "demo"}}, "AuthScope.DomainID or AuthScope.DomainName"},
		{"system scope with a project", gophercloud.AuthOptions{UserID: "ee4d", Password: "x", Scope: &gophercloud.AuthScope{System: true, ProjectID: "a694"}}, "AuthScope.System"},
		{"scope domain id and name", gophercloud.AuthOptions{UserID: "ee4d", Password: "x", Scope: &gophercloud.AuthScope{DomainID: "default", DomainName: "Default"}}, "AuthScope.DomainID"},
		{"nil builder", nil, "tokens.AuthOptionsBuilder"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { checkRejected(t, tc.opts, tc.wantArg) })
	}
}

// checkRejected asserts that Create refuses opts, naming wantArg, before
// sending any request.
func checkRejected(t *testing.T, opts tokens.AuthOptionsBuilder, wantArg string) {
	t.Helper()
	th := testhelper.Setup(t)
	var requests atomic.Int32
	th.HandleNoAuth("/v3/", func(w http.ResponseWriter, r *http.Request) {
		requests.Add(1)
		w.WriteHeader(http.StatusTeapot)
	})

	r := tokens.Create(t.Context(), identityClient(th), opts)
	require.Error(t, r.Err)
	assert.ErrorIs(t, r.Err, gophercloud.ErrInvalidOptions)
	assert.Contains(t, r.Err.Error(), wantArg)
	_, err := r.Extract()
	assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions, "Extract must return the option error")
	assert.Zero(t, requests.Load(), "no request may be sent for bad options")
}

// Create sends no token, so testhelper.CheckFailures (whose handlers
// require one) cannot drive it; its failure paths are checked here.
func TestCreateFailures(t *testing.T) {
	opts := gophercloud.AuthOptions{Username: "demo", Password: "nope", DomainID: "default"}
	cases := []struct {
		name          string
		status        int
		body          string
		subjectHeader bool
		extract       func(tokens.CreateResult) error
		wantIs        error
		wantText      string
	}{
		{
			name: "wrong password", status: http.StatusUnauthorized,
			body:    `{"error": {"code": 401, "title": "Unauthorized", "message": "The request you have made requires authentication."}}`,
			extract: func(r tokens.CreateResult) error { _, err := r.Extract(); return err },
			wantIs:  gophercloud.ErrUnauthorized, wantText: "The request you have made requires authentication.",
		},
		{
			name: "server error", status: http.StatusInternalServerError,
			body:    `{"error": {"code": 500, "title": "Internal Server Error", "message": "An unexpected error prevented the server from fulfilling your request."}}`,
			extract: func(r tokens.CreateResult) error { _, err := r.ExtractTokenID(); return err },
			wantIs:  gophercloud.ErrServerError, wantText: "An unexpected error prevented",
		},
		{
			name: "malformed body", status: http.StatusCreated, body: `{"token": {"methods": [`, subjectHeader: true,
			extract: func(r tokens.CreateResult) error { _, err := r.Extract(); return err },
			wantIs:  gophercloud.ErrMalformedResponse,
		},
		{
			name: "body without token key", status: http.StatusCreated, body: `{"unexpected": 1}`, subjectHeader: true,
			extract: func(r tokens.CreateResult) error { _, err := r.ExtractCatalog(); return err },
			wantIs:  gophercloud.ErrMalformedResponse, wantText: `"token"`,
		},
		{
			name: "no X-Subject-Token header", status: http.StatusCreated, body: projectTokenJSON,
			extract: func(r tokens.CreateResult) error { _, err := r.ExtractToken(); return err },
			wantIs:  gophercloud.ErrMalformedResponse, wantText: "X-Subject-Token",
		},
		{
			name: "200 instead of 201", status: http.StatusOK, body: projectTokenJSON, subjectHeader: true,
			extract:  func(r tokens.CreateResult) error { _, err := r.Extract(); return err },
			wantText: "expected HTTP 201, got 200",
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			th := testhelper.Setup(t)
			var requests atomic.Int32
			th.HandleNoAuth("POST /v3/auth/tokens", func(w http.ResponseWriter, r *http.Request) {
				requests.Add(1)
				if tc.subjectHeader {
					w.Header().Set("X-Subject-Token", subjectToken)
				}
				testhelper.WriteJSON(w, tc.status, tc.body)
			})
			err := tc.extract(tokens.Create(t.Context(), identityClient(th), opts))
			require.Error(t, err)
			if tc.wantIs != nil {
				assert.ErrorIs(t, err, tc.wantIs)
			}
			assert.Contains(t, err.Error(), tc.wantText)
			assert.Equal(t, int32(1), requests.Load(), "an authentication request is never retried or re-authenticated")
		})
	}
}

func TestExtract(t *testing.T) {
	cases := []struct {
		name  string
		body  string
		check func(t *testing.T, r tokens.CreateResult)
	}{
		{
			name: "project scope",
			body: projectTokenJSON,
			check: func(t *testing.T, r tokens.CreateResult) {
				catalog, err := r.ExtractCatalog()
				require.NoError(t, err)
				require.Len(t, catalog.Entries, 3)
				compute := catalog.Entries[0]
				assert.Equal(t, "compute", compute.Type)
				assert.Equal(t, "nova", compute.Name)
				require.Len(t, compute.Endpoints, 3)
				assert.Equal(t, tokens.Endpoint{
					ID: "39dc322ce86c4111b4f06c2eeae0841b", Region: "RegionOne", RegionID: "RegionOne",
					Interface: "public", URL: "http://127.0.0.1:8774/v2.1",
				}, compute.Endpoints[0])
				assert.Equal(t, "internal", compute.Endpoints[1].Interface)

				user, err := r.ExtractUser()
				require.NoError(t, err)
				assert.Equal(t, tokens.User{ID: "ee4dfb6e5540447cb3741905149d9b6e", Name: "demo", Domain: tokens.Domain{ID: "default", Name: "Default"}}, *user)

				project, err := r.ExtractProject()
				require.NoError(t, err)
				assert.Equal(t, &tokens.Project{ID: "a6944d763bf64ee6a275f1263fae0352", Name: "demo", Domain: tokens.Domain{ID: "default", Name: "Default"}}, project)

				roles, err := r.ExtractRoles()
				require.NoError(t, err)
				assert.Equal(t, []tokens.Role{{ID: "51cc68287d524c759f47c811e6463340", Name: "member"}, {ID: "0ad5e0f1cb8a4a4f9e6b7f0a7c0d9d11", Name: "reader"}}, roles)

				domain, err := r.ExtractDomain()
				require.NoError(t, err)
				assert.Nil(t, domain)

				info, err := r.Extract()
				require.NoError(t, err)
				assert.Equal(t, time.Date(2026, 11, 22, 23, 4, 8, 0, time.UTC), info.ExpiresAt.Time.UTC())
				assert.Equal(t, time.Date(2026, 11, 22, 22, 4, 8, 0, time.UTC), info.IssuedAt.Time.UTC())
				assert.Equal(t, []string{"3T2dc1CGQxyJsHdDu1xkcw"}, info.AuditIDs)
			},
		},
		{
			name: "domain scope",
			body: domainTokenJSON,
			check: func(t *testing.T, r tokens.CreateResult) {
				domain, err := r.ExtractDomain()
				require.NoError(t, err)
				assert.Equal(t, &tokens.Domain{ID: "default", Name: "Default"}, domain)
				project, err := r.ExtractProject()
				require.NoError(t, err)
				assert.Nil(t, project)
				catalog, err := r.ExtractCatalog()
				require.NoError(t, err)
				assert.Empty(t, catalog.Entries)
				info, err := r.Extract()
				require.NoError(t, err)
				assert.Equal(t, time.Date(2026, 11, 23, 1, 42, 57, 527363000, time.UTC), info.ExpiresAt.Time.UTC(), "microseconds are kept")
			},
		},
		{
			name: "unscoped",
			body: unscopedTokenJSON,
			check: func(t *testing.T, r tokens.CreateResult) {
				user, err := r.ExtractUser()
				require.NoError(t, err)
				require.NotNil(t, user.PasswordExpiresAt)
				assert.Equal(t, "2027-01-01T00:00:00.000000", *user.PasswordExpiresAt)
				roles, err := r.ExtractRoles()
				require.NoError(t, err)
				assert.Empty(t, roles)
				catalog, err := r.ExtractCatalog()
				require.NoError(t, err)
				assert.Empty(t, catalog.Entries)
			},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			tc.check(t, resultOf(tc.body))
		})
	}
}

func TestGet(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /v3/auth/tokens", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestHeader(t, r, "X-Subject-Token", subjectToken)
		w.Header().Set("X-Subject-Token", subjectToken)
		testhelper.WriteJSON(w, http.StatusOK, projectTokenJSON)
	})
	r := tokens.Get(t.Context(), identityClient(th), subjectToken)
	info, err := r.Extract()
	require.NoError(t, err)
	assert.Equal(t, "demo", info.User.Name)
	assert.Len(t, info.Catalog, 3)
	id, err := r.ExtractTokenID()
	require.NoError(t, err)
	assert.Equal(t, subjectToken, id)

	testhelper.CheckFailures(t, "GET /auth/tokens", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := tokens.Get(ctx, c, subjectToken).Extract()
		return err
	})
}

func TestValidate(t *testing.T) {
	cases := []struct {
		name    string
		status  int
		want    bool
		wantErr error
	}{
		{"valid (200)", http.StatusOK, true, nil},
		{"valid (204)", http.StatusNoContent, true, nil},
		{"unknown or revoked (404)", http.StatusNotFound, false, nil},
		{"caller's own token expired (401)", http.StatusUnauthorized, false, gophercloud.ErrUnauthorized},
		{"caller may not validate (403)", http.StatusForbidden, false, gophercloud.ErrForbidden},
		{"server error (500)", http.StatusInternalServerError, false, gophercloud.ErrServerError},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			th := testhelper.Setup(t)
			var requests atomic.Int32
			th.Handle("HEAD /v3/auth/tokens", func(w http.ResponseWriter, r *http.Request) {
				requests.Add(1)
				testhelper.TestHeader(t, r, "X-Subject-Token", subjectToken)
				w.WriteHeader(tc.status)
			})
			sc := identityClient(th)
			sc.Retry = gophercloud.RetryPolicy{} // count exactly one HEAD
			ok, err := tokens.Validate(t.Context(), sc, subjectToken).Extract()
			assert.Equal(t, tc.want, ok)
			if tc.wantErr == nil {
				require.NoError(t, err)
			} else {
				require.Error(t, err)
				assert.ErrorIs(t, err, tc.wantErr)
				assert.Contains(t, err.Error(), "HEAD "+th.URL+"/v3/auth/tokens")
			}
			assert.Equal(t, int32(1), requests.Load())
		})
	}
}

func TestRevoke(t *testing.T) {
	th := testhelper.Setup(t)
	var revoked atomic.Bool
	th.Handle("DELETE /v3/auth/tokens", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestHeader(t, r, "X-Subject-Token", subjectToken)
		if !revoked.CompareAndSwap(false, true) {
			testhelper.WriteJSON(w, http.StatusNotFound, `{"error": {"code": 404, "title": "Not Found", "message": "Failed to validate token"}}`)
			return
		}
		w.WriteHeader(http.StatusNoContent)
	})
	sc := identityClient(th)
	require.NoError(t, tokens.Revoke(t.Context(), sc, subjectToken).ExtractErr())

	err := tokens.Revoke(t.Context(), sc, subjectToken).ExtractErr()
	require.Error(t, err, "revoking twice is a 404")
	assert.True(t, errors.Is(err, gophercloud.ErrNotFound))
	assert.Contains(t, err.Error(), "Failed to validate token")

	testhelper.CheckFailures(t, "DELETE /auth/tokens", http.StatusNoContent, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		return tokens.Revoke(ctx, c, subjectToken).ExtractErr()
	})
}

func TestGetCatalog(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /v3/auth/catalog", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestHeaderUnset(t, r, "X-Subject-Token")
		testhelper.WriteJSON(w, http.StatusOK, catalogJSON)
	})
	catalog, err := tokens.GetCatalog(t.Context(), identityClient(th)).Extract()
	require.NoError(t, err)
	require.Len(t, catalog.Entries, 2)
	assert.Equal(t, "compute", catalog.Entries[0].Type)
	assert.Equal(t, "nova", catalog.Entries[0].Name)
	assert.Equal(t, tokens.Endpoint{
		ID: "a3c1e0d2b4f64e5a8c7d9b0e1f2a3b4c", Region: "RegionOne", RegionID: "RegionOne",
		Interface: "admin", URL: "http://127.0.0.1:5000/v3",
	}, catalog.Entries[1].Endpoints[1])

	testhelper.CheckFailures(t, "GET /auth/catalog", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := tokens.GetCatalog(ctx, c).Extract()
		return err
	})
}

func TestGetCatalogEmpty(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /v3/auth/catalog", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusOK, `{"catalog": [], "links": {"self": "http://127.0.0.1:5000/v3/auth/catalog"}}`)
	})
	catalog, err := tokens.GetCatalog(t.Context(), identityClient(th)).Extract()
	require.NoError(t, err)
	assert.Empty(t, catalog.Entries, "an unscoped token's catalog is empty, not an error")
}
