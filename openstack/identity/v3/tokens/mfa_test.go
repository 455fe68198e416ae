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

// writeReceipt answers as Keystone does when the password was right but a
// second factor is missing.
func writeReceipt(w http.ResponseWriter, body string) {
	w.Header().Set(tokens.ReceiptHeader, receiptID)
	testhelper.WriteJSON(w, http.StatusUnauthorized, body)
}

func TestCreateReceipt(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleNoAuth("POST /v3/auth/tokens", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestHeaderUnset(t, r, tokens.ReceiptHeader)
		writeReceipt(w, receiptJSON)
	})
	_, err := tokens.Create(t.Context(), identityClient(th), gophercloud.AuthOptions{UserID: "9a1c4e7f3b2d4c5e8f0a1b2c3d4e5f60", Password: "pw"}).ExtractToken()
	require.Error(t, err)
	assert.ErrorIs(t, err, gophercloud.ErrUnauthorized, "a receipt is still a 401")
	var ue *gophercloud.ErrUnexpectedResponseCode
	require.ErrorAs(t, err, &ue)
	assert.Equal(t, http.StatusUnauthorized, ue.Actual)
	var re *tokens.ReceiptRequiredError
	require.ErrorAs(t, err, &re)
	assert.Contains(t, err.Error(), "[password totp]")

	rc, ok := tokens.ExtractReceipt(err)
	require.True(t, ok)
	assert.Equal(t, receiptID, rc.ID)
	assert.Equal(t, []string{"password"}, rc.Methods)
	assert.Equal(t, "9a1c4e7f3b2d4c5e8f0a1b2c3d4e5f60", rc.User.ID)
	assert.Equal(t, "mfa-user", rc.User.Name)
	assert.Equal(t, time.Date(2026, 12, 3, 14, 5, 0, 0, time.UTC), rc.ExpiresAt.Time.UTC())
	assert.Equal(t, time.Date(2026, 12, 3, 14, 0, 0, 0, time.UTC), rc.IssuedAt.Time.UTC())
	assert.Equal(t, [][]string{{"password", "totp"}, {"password", "application_credential", "totp"}}, rc.RequiredMethods)
	assert.Equal(t, [][]string{{"totp"}, {"application_credential", "totp"}}, rc.Missing())
}

func TestExtractReceiptOfOtherErrors(t *testing.T) {
	cases := []struct {
		name   string
		status int
		header bool
		body   string
	}{
		{"401 without a receipt header", http.StatusUnauthorized, false, `{"error": {"code": 401, "title": "Unauthorized", "message": "The request you have made requires authentication."}}`},
		{"403 with a receipt header", http.StatusForbidden, true, receiptJSON},
		{"500", http.StatusInternalServerError, false, `{"error": {"code": 500, "message": "boom"}}`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			th := testhelper.Setup(t)
			th.HandleNoAuth("POST /v3/auth/tokens", func(w http.ResponseWriter, r *http.Request) {
				if tc.header {
					w.Header().Set(tokens.ReceiptHeader, receiptID)
				}
				testhelper.WriteJSON(w, tc.status, tc.body)
			})
			sc := identityClient(th)
			sc.Retry = gophercloud.RetryPolicy{}
			_, err := tokens.Create(t.Context(), sc, gophercloud.AuthOptions{UserID: "u", Password: "pw"}).Extract()
			require.Error(t, err)
			rc, ok := tokens.ExtractReceipt(err)
			assert.False(t, ok)
			assert.Nil(t, rc)
			var re *tokens.ReceiptRequiredError
			assert.False(t, errors.As(err, &re))
		})
	}
	rc, ok := tokens.ExtractReceipt(nil)
	assert.False(t, ok)
	assert.Nil(t, rc)
}

// A receipt whose body does not decode still yields its ID (the header is
// what the next request needs), and the error says the body was malformed.
func TestCreateReceiptMalformedBody(t *testing.T) {
	for name, body := range map[string]string{"truncated": `{"receipt": {"methods": [`, "wrong types": `{"receipt": {"methods": "password"}, "required_auth_methods": "totp"}`} {
		t.Run(name, func(t *testing.T) {
			th := testhelper.Setup(t)
			th.HandleNoAuth("POST /v3/auth/tokens", func(w http.ResponseWriter, r *http.Request) { writeReceipt(w, body) })
			_, err := tokens.Create(t.Context(), identityClient(th), gophercloud.AuthOptions{UserID: "u", Password: "pw"}).Extract()
			require.Error(t, err)
			assert.ErrorIs(t, err, gophercloud.ErrUnauthorized)
			assert.ErrorIs(t, err, gophercloud.ErrMalformedResponse)
			rc, ok := tokens.ExtractReceipt(err)
			require.True(t, ok)
			assert.Equal(t, receiptID, rc.ID)
			assert.Empty(t, rc.RequiredMethods)
		})
	}
}

func TestMultiFactor(t *testing.T) {
	cases := []struct {
		name        string
		opts        tokens.MultiFactor
		wantReceipt string
		wantBody    string
	}{
		{
			name: "password and totp, no receipt",
			opts: tokens.MultiFactor{Auth: gophercloud.AuthOptions{Username: "mfa-user", DomainID: "default", Password: "pw", TenantID: "a6944d763bf64ee6a275f1263fae0352"}, Passcode: "492039"},
			wantBody: `{"auth": {
				"identity": {
					"methods": ["password", "totp"],
					"password": {"user": {"name": "mfa-user", "domain": {"id": "default"}, "password": "pw"}},
					"totp": {"user": {"name": "mfa-user", "domain": {"id": "default"}, "passcode": "492039"}}},
				"scope": {"project": {"id": "a6944d763bf64ee6a275f1263fae0352"}}}}`,
		},
		{
			name:        "totp alone with the receipt",
			opts:        tokens.MultiFactor{Auth: gophercloud.AuthOptions{UserID: "9a1c4e7f3b2d4c5e8f0a1b2c3d4e5f60", TenantID: "a6944d763bf64ee6a275f1263fae0352"}, Passcode: "492039", Receipt: receiptID},
			wantReceipt: receiptID,
			wantBody: `{"auth": {
				"identity": {"methods": ["totp"], "totp": {"user": {"id": "9a1c4e7f3b2d4c5e8f0a1b2c3d4e5f60", "passcode": "492039"}}},
				"scope": {"project": {"id": "a6944d763bf64ee6a275f1263fae0352"}}}}`,
		},
		{
			name:        "password and totp with the receipt, unscoped",
			opts:        tokens.MultiFactor{Auth: gophercloud.AuthOptions{UserID: "9a1c", Password: "pw"}, Passcode: "000001", Receipt: receiptID},
			wantReceipt: receiptID,
			wantBody: `{"auth": {"identity": {
				"methods": ["password", "totp"],
				"password": {"user": {"id": "9a1c", "password": "pw"}},
				"totp": {"user": {"id": "9a1c", "passcode": "000001"}}}}}`,
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			th := testhelper.Setup(t)
			th.HandleNoAuth("POST /v3/auth/tokens", func(w http.ResponseWriter, r *http.Request) {
				testhelper.TestHeaderUnset(t, r, "X-Auth-Token")
				if tc.wantReceipt == "" {
					testhelper.TestHeaderUnset(t, r, tokens.ReceiptHeader)
				} else {
					testhelper.TestHeader(t, r, tokens.ReceiptHeader, tc.wantReceipt)
				}
				testhelper.TestJSONRequest(t, r, tc.wantBody)
				w.Header().Set("X-Subject-Token", subjectToken)
				testhelper.WriteJSON(w, http.StatusCreated, projectTokenJSON)
			})
			tok, err := tokens.Create(t.Context(), identityClient(th), tc.opts).ExtractToken()
			require.NoError(t, err)
			assert.Equal(t, subjectToken, tok.ID)
		})
	}
}

// The whole flow: the password alone earns a receipt, the receipt and the
// passcode earn the token.
func TestMultiFactorAfterReceipt(t *testing.T) {
	th := testhelper.Setup(t)
	var calls atomic.Int32
	th.HandleNoAuth("POST /v3/auth/tokens", func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		if r.Header.Get(tokens.ReceiptHeader) != receiptID {
			writeReceipt(w, receiptJSON)
			return
		}
		testhelper.TestJSONRequest(t, r, `{"auth": {"identity": {"methods": ["totp"], "totp": {"user": {"id": "9a1c4e7f3b2d4c5e8f0a1b2c3d4e5f60", "passcode": "492039"}}}}}`)
		w.Header().Set("X-Subject-Token", subjectToken)
		testhelper.WriteJSON(w, http.StatusCreated, unscopedTokenJSON)
	})
	sc := identityClient(th)
	user := gophercloud.AuthOptions{UserID: "9a1c4e7f3b2d4c5e8f0a1b2c3d4e5f60"}
	withPassword := user
	withPassword.Password = "pw"
	_, err := tokens.Create(t.Context(), sc, withPassword).ExtractToken()
	rc, ok := tokens.ExtractReceipt(err)
	require.True(t, ok, "want a receipt, got %v", err)
	tok, err := tokens.Create(t.Context(), sc, tokens.MultiFactor{Auth: user, Passcode: "492039", Receipt: rc.ID}).ExtractToken()
	require.NoError(t, err)
	assert.Equal(t, subjectToken, tok.ID)
	assert.Equal(t, int32(2), calls.Load())
}

func TestMultiFactorBadOptions(t *testing.T) {
	user := gophercloud.AuthOptions{UserID: "9a1c", Password: "pw"}
	cases := []struct {
		name    string
		opts    tokens.MultiFactor
		wantArg string
	}{
		{"no passcode", tokens.MultiFactor{Auth: user}, "tokens.MultiFactor.Passcode"},
		{"no user", tokens.MultiFactor{Auth: gophercloud.AuthOptions{Password: "pw"}, Passcode: "1", Receipt: receiptID}, "tokens.MultiFactor.Auth.UserID or Auth.Username"},
		{"passcode twice", tokens.MultiFactor{Auth: gophercloud.AuthOptions{UserID: "9a1c", Passcode: "2"}, Passcode: "1"}, "tokens.MultiFactor.Auth.Passcode"},
		{"with a token", tokens.MultiFactor{Auth: gophercloud.AuthOptions{UserID: "9a1c", TokenID: "t"}, Passcode: "1"}, "tokens.MultiFactor.Auth"},
		{"with an application credential", tokens.MultiFactor{Auth: gophercloud.AuthOptions{UserID: "9a1c", ApplicationCredentialID: "a", ApplicationCredentialSecret: "s"}, Passcode: "1"}, "tokens.MultiFactor.Auth"},
		{"user name without domain", tokens.MultiFactor{Auth: gophercloud.AuthOptions{Username: "mfa-user"}, Passcode: "1", Receipt: receiptID}, "AuthOptions.DomainID or AuthOptions.DomainName"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { checkRejected(t, tc.opts, tc.wantArg) })
	}
	var missing *gophercloud.ErrMissingInput
	assert.ErrorAs(t, tokens.MultiFactor{Auth: user}.Validate(), &missing)
	assert.ErrorAs(t, tokens.MultiFactor{Passcode: "1"}.Validate(), &missing)
}

// headerErr fails to build its headers, which Create must report before
// any request.
type headerErr struct{ gophercloud.AuthOptions }

func (headerErr) ToTokenV3Headers() (map[string]string, error) {
	return nil, &gophercloud.ErrInvalidInput{Argument: "headerErr", Reason: "no headers"}
}

func TestCreateHeaderBuilderError(t *testing.T) {
	c := &gophercloud.ServiceClient{ProviderClient: gophercloud.NewProviderClient(), Endpoint: "http://127.0.0.1:1/v3/"}
	_, err := tokens.Create(t.Context(), c, headerErr{gophercloud.AuthOptions{UserID: "u", Password: "pw"}}).Extract()
	assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
	assert.Contains(t, err.Error(), "headerErr")
}

func TestMultiFactorFailures(t *testing.T) {
	opts := tokens.MultiFactor{Auth: gophercloud.AuthOptions{UserID: "u"}, Passcode: "1", Receipt: receiptID}
	testhelper.CheckFailures(t, "POST /v3/auth/tokens", http.StatusCreated, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		c.Endpoint += "v3/"
		_, err := tokens.Create(ctx, c, opts).ExtractToken()
		return err
	})
}

func TestWithReceipt(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleNoAuth("POST /v3/auth/tokens", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestHeader(t, r, tokens.ReceiptHeader, receiptID)
		testhelper.TestJSONRequest(t, r, `{"auth": {"identity": {"methods": ["application_credential"],
			"application_credential": {"id": "58d61ff8e6e34accb35874016d1dba8b", "secret": "s3cr3t"}}}}`)
		w.Header().Set("X-Subject-Token", subjectToken)
		testhelper.WriteJSON(w, http.StatusCreated, restrictedAppCredTokenJSON)
	})
	r := tokens.Create(t.Context(), identityClient(th), tokens.WithReceipt{
		Auth:    gophercloud.AuthOptions{ApplicationCredentialID: "58d61ff8e6e34accb35874016d1dba8b", ApplicationCredentialSecret: "s3cr3t"},
		Receipt: receiptID,
	})
	ac, err := r.ExtractApplicationCredential()
	require.NoError(t, err)
	require.NotNil(t, ac)
	assert.Equal(t, "list-servers", ac.Name)
}

// The receipt wins over a receipt header Auth builds itself.
func TestWithReceiptWrapsHeaderBuilder(t *testing.T) {
	h, err := tokens.WithReceipt{Auth: tokens.MultiFactor{Auth: gophercloud.AuthOptions{UserID: "u"}, Passcode: "1", Receipt: "old"}, Receipt: receiptID}.ToTokenV3Headers()
	require.NoError(t, err)
	assert.Equal(t, map[string]string{tokens.ReceiptHeader: receiptID}, h)

	_, err = tokens.WithReceipt{Auth: headerErr{}, Receipt: receiptID}.ToTokenV3Headers()
	assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
}

func TestWithReceiptBadOptions(t *testing.T) {
	auth := gophercloud.AuthOptions{UserID: "u", Password: "pw"}
	for name, tc := range map[string]struct {
		opts    tokens.WithReceipt
		wantArg string
	}{
		"no auth":         {tokens.WithReceipt{Receipt: receiptID}, "tokens.WithReceipt.Auth"},
		"no receipt":      {tokens.WithReceipt{Auth: auth}, "tokens.WithReceipt.Receipt"},
		"bad inner auth":  {tokens.WithReceipt{Auth: gophercloud.AuthOptions{UserID: "u"}, Receipt: receiptID}, "AuthOptions.Password"},
		"bad multifactor": {tokens.WithReceipt{Auth: tokens.MultiFactor{Auth: auth}, Receipt: receiptID}, "tokens.MultiFactor.Passcode"},
	} {
		t.Run(name, func(t *testing.T) { checkRejected(t, tc.opts, tc.wantArg) })
	}
	_, err := tokens.WithReceipt{Auth: auth}.ToTokenV3Headers()
	assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
}
