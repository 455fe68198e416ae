package tokens_test

import (
	"context"
	"net/http"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/tokens"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func resultOf(body string) tokens.CreateResult {
	var r tokens.CreateResult
	r.Body = []byte(body)
	r.Header = http.Header{"X-Subject-Token": {subjectToken}}
	r.StatusCode = http.StatusCreated
	return r
}

func TestExtractFederation(t *testing.T) {
	r := resultOf(federatedTokenJSON)
	fed, err := r.ExtractFederation()
	require.NoError(t, err)
	require.NotNil(t, fed)
	assert.Equal(t, tokens.Federation{
		IdentityProvider: tokens.Ref{ID: "acme-idp"},
		Protocol:         tokens.Ref{ID: "saml2"},
		Groups:           []tokens.Ref{{ID: "a4b5c6d7e8f90a1b2c3d4e5f60718293"}, {ID: "b5c6d7e8f90a1b2c3d4e5f6071829304"}},
	}, *fed)
	info, err := r.Extract()
	require.NoError(t, err)
	assert.Equal(t, []string{"mapped"}, info.Methods)
	assert.Equal(t, "Federated", info.User.Domain.ID)
	assert.NotNil(t, info.User.Federation)
	assert.Nil(t, info.ApplicationCredential)

	for _, body := range []string{projectTokenJSON, appCredTokenJSON, unscopedTokenJSON} {
		fed, err := resultOf(body).ExtractFederation()
		require.NoError(t, err)
		assert.Nil(t, fed, "a local user has no OS-FEDERATION part")
	}
}

func TestExtractApplicationCredential(t *testing.T) {
	cases := []struct {
		name string
		body string
		want *tokens.ApplicationCredential
	}{
		{"unrestricted rules", appCredTokenJSON, &tokens.ApplicationCredential{ID: "423f19a4ac1e4f48bbb4180756e6eb6c", Name: "monitoring", Restricted: true}},
		{"with access rules", restrictedAppCredTokenJSON, &tokens.ApplicationCredential{
			ID: "58d61ff8e6e34accb35874016d1dba8b", Name: "list-servers", Restricted: true,
			AccessRules: []tokens.AccessRule{
				{ID: "abcdef", Service: "compute", Method: "GET", Path: "/v2.1/servers"},
				{ID: "fedcba", Service: "compute", Method: "GET", Path: "/v2.1/servers/*"},
			},
		}},
		{"password token", projectTokenJSON, nil},
		{"federated token", federatedTokenJSON, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ac, err := resultOf(tc.body).ExtractApplicationCredential()
			require.NoError(t, err)
			assert.Equal(t, tc.want, ac)
		})
	}
}

func TestExtractFederationAndApplicationCredentialMalformed(t *testing.T) {
	for _, body := range []string{
		`{"token": {"user": {"OS-FEDERATION": {"groups": {"id": "x"}}}}}`,
		`{"token": {"application_credential": {"restricted": "yes"}}}`,
		`{"token": {"system": {"all": "true"}}}`,
		`{"unexpected": 1}`,
	} {
		r := resultOf(body)
		_, err := r.ExtractFederation()
		assert.ErrorIs(t, err, gophercloud.ErrMalformedResponse, body)
		_, err = r.ExtractApplicationCredential()
		assert.ErrorIs(t, err, gophercloud.ErrMalformedResponse, body)
	}
}

func TestFederatedAuth(t *testing.T) {
	cases := []struct {
		name     string
		opts     tokens.FederatedAuthOpts
		wantAuth string
	}{
		{"web server authenticates (saml2, mapped)", tokens.FederatedAuthOpts{}, ""},
		{"openid bearer token", tokens.FederatedAuthOpts{AccessToken: "eyJhbGciOi.oidc.token"}, "Bearer eyJhbGciOi.oidc.token"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			th := testhelper.Setup(t)
			th.HandleNoAuth("POST /v3/OS-FEDERATION/identity_providers/acme-idp/protocols/saml2/auth", func(w http.ResponseWriter, r *http.Request) {
				testhelper.TestHeaderUnset(t, r, "X-Auth-Token")
				if tc.wantAuth == "" {
					testhelper.TestHeaderUnset(t, r, "Authorization")
				} else {
					testhelper.TestHeader(t, r, "Authorization", tc.wantAuth)
				}
				w.Header().Set("X-Subject-Token", subjectToken)
				testhelper.WriteJSON(w, http.StatusCreated, federatedTokenJSON)
			})
			r := tokens.FederatedAuth(t.Context(), identityClient(th), "acme-idp", "saml2", tc.opts)
			tok, err := r.ExtractToken()
			require.NoError(t, err)
			assert.Equal(t, subjectToken, tok.ID)
			fed, err := r.ExtractFederation()
			require.NoError(t, err)
			require.NotNil(t, fed)
			assert.Equal(t, "acme-idp", fed.IdentityProvider.ID)
		})
	}
}

func TestFederatedAuthBadIDs(t *testing.T) {
	c := &gophercloud.ServiceClient{ProviderClient: gophercloud.NewProviderClient(), Endpoint: "http://127.0.0.1:1/v3/"}
	for _, ids := range [][2]string{{"", "saml2"}, {"acme-idp", ""}, {"..", "saml2"}} {
		_, err := tokens.FederatedAuth(t.Context(), c, ids[0], ids[1], tokens.FederatedAuthOpts{}).Extract()
		assert.Error(t, err, ids)
	}
}

func TestFederatedAuthFailures(t *testing.T) {
	testhelper.CheckFailures(t, "POST /v3/OS-FEDERATION/identity_providers/idp/protocols/openid/auth", http.StatusCreated, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		c.Endpoint += "v3/"
		_, err := tokens.FederatedAuth(ctx, c, "idp", "openid", tokens.FederatedAuthOpts{}).ExtractToken()
		return err
	})
}
