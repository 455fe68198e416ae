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

const trustTokenJSON = `{"token": {"methods": ["password"], "expires_at": "2026-12-03T13:00:00.000000Z",
  "user": {"id": "86c0d5", "name": "svc", "domain": {"id": "default", "name": "Default"}},
  "project": {"id": "0f1233", "name": "web", "domain": {"id": "default", "name": "Default"}},
  "roles": [{"id": "ed7b78", "name": "member"}],
  "OS-TRUST:trust": {"id": "1ff900", "impersonation": false, "trustor_user": {"id": "a0fdfd"}, "trustee_user": {"id": "86c0d5"}}}}`

func TestTrustScope(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleNoAuth("POST /v3/auth/tokens", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestJSONRequest(t, r, `{"auth": {
		  "identity": {"methods": ["password"], "password": {"user": {"id": "86c0d5", "password": "pw"}}},
		  "scope": {"OS-TRUST:trust": {"id": "1ff900"}}}}`)
		w.Header().Set("X-Subject-Token", subjectToken)
		testhelper.WriteJSON(w, http.StatusCreated, trustTokenJSON)
	})
	r := tokens.Create(t.Context(), identityClient(th), tokens.TrustScope{Auth: gophercloud.AuthOptions{UserID: "86c0d5", Password: "pw"}, TrustID: "1ff900"})
	tr, err := r.ExtractTrust()
	require.NoError(t, err)
	require.NotNil(t, tr)
	assert.Equal(t, "1ff900", tr.ID)
	assert.Equal(t, "a0fdfd", tr.TrustorUser.ID)
	assert.Equal(t, "86c0d5", tr.TrusteeUser.ID)
	p, err := r.ExtractProject()
	require.NoError(t, err)
	assert.Equal(t, "0f1233", p.ID)
}

func TestExtractTrustOfOrdinaryToken(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleNoAuth("POST /v3/auth/tokens", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Subject-Token", subjectToken)
		testhelper.WriteJSON(w, http.StatusCreated, projectTokenJSON)
	})
	tr, err := tokens.Create(t.Context(), identityClient(th), gophercloud.AuthOptions{UserID: "u", Password: "pw"}).ExtractTrust()
	require.NoError(t, err)
	assert.Nil(t, tr)
}

func TestTrustScopeBadOptions(t *testing.T) {
	c := &gophercloud.ServiceClient{ProviderClient: gophercloud.NewProviderClient(), Endpoint: "http://127.0.0.1:1/v3/"}
	auth := gophercloud.AuthOptions{UserID: "u", Password: "pw"}
	_, err := tokens.Create(t.Context(), c, tokens.TrustScope{Auth: auth}).Extract()
	assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
	scoped := auth
	scoped.TenantID = "p"
	_, err = tokens.Create(t.Context(), c, tokens.TrustScope{Auth: scoped, TrustID: "t"}).Extract()
	assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
	_, err = tokens.Create(t.Context(), c, tokens.TrustScope{Auth: gophercloud.AuthOptions{UserID: "u"}, TrustID: "t"}).Extract()
	assert.Error(t, err)
}

func TestTrustScopeFailures(t *testing.T) {
	opts := tokens.TrustScope{Auth: gophercloud.AuthOptions{UserID: "u", Password: "pw"}, TrustID: "t"}
	testhelper.CheckFailures(t, "POST /v3/auth/tokens", http.StatusCreated, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		c.Endpoint += "v3/"
		_, err := tokens.Create(ctx, c, opts).ExtractTrust()
		return err
	})
}
