//go:build acceptance

package identity_test

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha1"
	"encoding/base32"
	"encoding/binary"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/acceptance/clients"
	"github.com/cloudsdk/gophercloud/openstack"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/credentials"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/roles"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/tokens"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/users"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// totpCode is the RFC 6238 passcode of secret at t: HMAC-SHA1 over the
// 30-second step counter, dynamic truncation, six digits.
func totpCode(secret []byte, t time.Time) string {
	var counter [8]byte
	binary.BigEndian.PutUint64(counter[:], uint64(t.Unix()/30))
	mac := hmac.New(sha1.New, secret)
	mac.Write(counter[:])
	sum := mac.Sum(nil)
	off := sum[len(sum)-1] & 0x0f
	code := binary.BigEndian.Uint32(sum[off:off+4]) & 0x7fffffff
	return fmt.Sprintf("%06d", code%1_000_000)
}

// TestTOTPCode checks totpCode against RFC 6238's SHA-1 test vectors
// (the eight-digit codes, of which the last six are ours).
func TestTOTPCode(t *testing.T) {
	secret := []byte("12345678901234567890")
	for unix, want := range map[int64]string{59: "287082", 1111111109: "081804", 1234567890: "005924", 2000000000: "279037"} {
		assert.Equal(t, want, totpCode(secret, time.Unix(unix, 0)), "t=%d", unix)
	}
}

// demoProject is the demo user's project.
func demoProject(t *testing.T) *tokens.Project {
	t.Helper()
	demo := tokenInfo(t, clients.Provider(t, demoOptions(t)))
	require.NotNil(t, demo.Project)
	return demo.Project
}

// mfaOptions are the user options that turn multi-factor rules on.
func mfaOptions(rules [][]string) map[string]any {
	return map[string]any{"multi_factor_auth_enabled": true, "multi_factor_auth_rules": rules}
}

// mfaUser creates, as admin, a user in the demo project's domain whose
// multi-factor rules are rules (none for nil), and deletes it (and so its
// credentials, application credentials and role assignments) when the
// test ends.
func mfaUser(t *testing.T, admin *gophercloud.ServiceClient, rules [][]string) (*users.User, string) {
	t.Helper()
	opts := users.CreateOpts{
		Name:        clients.RandomName("mfa"),
		DomainID:    demoProject(t).Domain.ID,
		Password:    clients.RandomName("pw"),
		Description: "cloudsdk acceptance test; safe to delete",
	}
	if rules != nil {
		opts.Options = mfaOptions(rules)
	}
	pw := opts.Password
	u, err := users.Create(clients.Context(t, time.Minute), admin, opts).Extract()
	require.NoError(t, err)
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		if err := users.Delete(ctx, admin, u.ID).ExtractErr(); err != nil && !gophercloud.ResponseCodeIs(err, http.StatusNotFound) {
			t.Errorf("cleanup: deleting user %s: %v", u.ID, err)
		}
	})
	return u, pw
}

// requireReceipt authenticates u with its password alone and returns the
// receipt Keystone answers with; it skips t when Keystone issues a token
// instead, which it does when the rules name a method it has not loaded.
func requireReceipt(t *testing.T, identity *gophercloud.ServiceClient, u *users.User, pw string, rule []string) *tokens.Receipt {
	t.Helper()
	r := tokens.Create(clients.Context(t, time.Minute), identity, gophercloud.AuthOptions{UserID: u.ID, Password: pw})
	_, err := r.ExtractToken()
	if err == nil {
		t.Skipf("Keystone issued a token for the password alone despite the rule %v: it drops from MFA rules the methods not in keystone.conf [auth] methods (the devcloud's keystone.conf adds totp)", rule)
	}
	rc, ok := tokens.ExtractReceipt(err)
	require.True(t, ok, "want a receipt, got %v", err)
	assert.True(t, errors.Is(err, gophercloud.ErrUnauthorized), "a receipt is a 401: %v", err)
	assert.NotEmpty(t, rc.ID)
	assert.Equal(t, []string{"password"}, rc.Methods)
	assert.Equal(t, u.ID, rc.User.ID)
	assert.True(t, rc.ExpiresAt.After(time.Now()), "receipt expires at %v", rc.ExpiresAt.Time)
	// Keystone keeps each rule as a set: compare them sorted.
	want := slices.Sorted(slices.Values(rule))
	assert.True(t, slices.ContainsFunc(rc.RequiredMethods, func(m []string) bool { return slices.Equal(slices.Sorted(slices.Values(m)), want) }),
		"required methods %v contain %v", rc.RequiredMethods, rule)
	t.Logf("receipt until %v, required %v, missing %v", rc.ExpiresAt.Time, rc.RequiredMethods, rc.Missing())
	return rc
}

// TestMFAReceiptTOTP: a user whose rule is password+totp gets a receipt for
// the password alone, then a token for the receipt and a TOTP passcode.
func TestMFAReceiptTOTP(t *testing.T) {
	admin := clients.AdminService(t, openstack.NewIdentityV3)
	rule := []string{"password", "totp"}
	u, pw := mfaUser(t, admin, [][]string{rule})
	rc := requireReceipt(t, admin, u, pw, rule)

	secret := make([]byte, 20)
	_, _ = rand.Read(secret)
	ctx := clients.Context(t, time.Minute)
	cred, err := credentials.Create(ctx, admin, credentials.CreateOpts{
		Type: "totp", UserID: u.ID, Blob: base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(secret),
	}).Extract()
	require.NoError(t, err)
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		err := credentials.Delete(ctx, admin, cred.ID).ExtractErr()
		switch {
		case err == nil, gophercloud.ResponseCodeIs(err, http.StatusNotFound):
		case errors.Is(err, gophercloud.ErrServerError):
			// Keystone's in-memory cache hands out the credential it
			// already decrypted in place (see TestMFAReceiptTOTP's skip);
			// deleting the user deletes it anyway.
			t.Logf("cleanup: deleting credential %s: %v (the user's deletion removes it)", cred.ID, err)
		default:
			t.Errorf("cleanup: deleting credential %s: %v", cred.ID, err)
		}
	})

	// Keystone accepts the previous window too; stay clear of the
	// boundary so one attempt is enough.
	if now := time.Now(); now.Unix()%30 > 27 {
		time.Sleep(time.Duration(30-now.Unix()%30) * time.Second)
	}
	r := tokens.Create(ctx, admin, tokens.MultiFactor{
		Auth:     gophercloud.AuthOptions{UserID: u.ID},
		Passcode: totpCode(secret, time.Now()),
		Receipt:  rc.ID,
	})
	tok, err := r.ExtractToken()
	require.NoError(t, err)
	assert.NotEmpty(t, tok.ID)
	info, err := r.Extract()
	require.NoError(t, err)
	assert.ElementsMatch(t, rule, info.Methods, "the token records both factors")
	assert.Equal(t, u.ID, info.User.ID)
}

// TestMFAReceipt asks for a receipt with a rule of two methods Keystone
// loads by default (password and application_credential), so the receipt
// path runs on any Keystone, TOTP enabled or not.
func TestMFAReceipt(t *testing.T) {
	admin := clients.AdminService(t, openstack.NewIdentityV3)
	rule := []string{"password", "application_credential"}
	u, pw := mfaUser(t, admin, [][]string{rule})
	rc := requireReceipt(t, admin, u, pw, rule)
	assert.Equal(t, [][]string{{"application_credential"}}, rc.Missing())

	// A receipt proves the password only: sent back with a method the
	// rule does not name (a TOTP code), it earns no token.
	r := tokens.Create(clients.Context(t, time.Minute), admin, tokens.MultiFactor{
		Auth: gophercloud.AuthOptions{UserID: u.ID, Password: pw}, Passcode: "000000", Receipt: rc.ID,
	})
	_, err := r.ExtractToken()
	require.Error(t, err)
	assert.True(t, errors.Is(err, gophercloud.ErrUnauthorized), "got %v", err)
}

// TestMFAReceiptApplicationCredential runs a whole receipt flow on any
// Keystone: the password earns a receipt, the receipt and an application
// credential (the rule's second method) earn the token.
func TestMFAReceiptApplicationCredential(t *testing.T) {
	admin := clients.AdminService(t, openstack.NewIdentityV3)
	ctx := clients.Context(t, 2*time.Minute)
	project := demoProject(t)
	u, pw := mfaUser(t, admin, nil)

	// An application credential needs a project-scoped token, so the user
	// makes one before its rules are turned on.
	member, err := roles.List(admin, roles.ListOpts{Name: "member"}).Collect(ctx)
	require.NoError(t, err)
	if len(member) == 0 {
		t.Skip("this Keystone has no member role")
	}
	require.NoError(t, roles.Assign(ctx, admin, member[0].ID, roles.AssignOpts{UserID: u.ID, ProjectID: project.ID}).ExtractErr())
	p, err := openstack.AuthenticatedClient(ctx, gophercloud.AuthOptions{
		IdentityEndpoint: demoOptions(t).IdentityEndpoint, UserID: u.ID, Password: pw, TenantID: project.ID,
	})
	require.NoError(t, err)
	ac, _ := createApplicationCredential(t, p)

	rule := []string{"password", "application_credential"}
	_, err = users.Update(ctx, admin, u.ID, users.UpdateOpts{Options: mfaOptions([][]string{rule})}).Extract()
	require.NoError(t, err)
	rc := requireReceipt(t, admin, u, pw, rule)

	r := tokens.Create(ctx, admin, tokens.WithReceipt{
		Auth:    gophercloud.AuthOptions{ApplicationCredentialID: ac.ID, ApplicationCredentialSecret: ac.Secret},
		Receipt: rc.ID,
	})
	info, err := r.Extract()
	require.NoError(t, err)
	t.Logf("token methods %v", info.Methods)
	assert.ElementsMatch(t, rule, info.Methods, "the token records the receipt's method and the new one")
	assert.Equal(t, u.ID, info.User.ID)
	got, err := r.ExtractApplicationCredential()
	require.NoError(t, err)
	require.NotNil(t, got, "the token names its application credential")
	assert.Equal(t, ac.ID, got.ID)
	assert.Equal(t, ac.Name, got.Name)
	assert.True(t, got.Restricted, "Keystone restricts application credentials by default")
}
