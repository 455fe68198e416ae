//go:build acceptance

// Package identity_test runs authentication and the Identity v3 tokens
// package against a real Keystone (scripts/devcloud): password, token and
// application-credential authentication, version discovery, endpoint
// discovery, validation, revocation and re-authentication.
package identity_test

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/acceptance/clients"
	"github.com/cloudsdk/gophercloud/openstack"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/tokens"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// demoOptions are the OS_* options without re-authentication, so a test
// sees exactly the token it asked for.
func demoOptions(t *testing.T) gophercloud.AuthOptions {
	t.Helper()
	opts := clients.AuthOptions(t)
	opts.AllowReauth = false
	return opts
}

// tokenInfo returns what Keystone said when p authenticated.
func tokenInfo(t *testing.T, p *gophercloud.ProviderClient) *tokens.TokenInfo {
	t.Helper()
	r, ok := p.AuthResult().(tokens.CreateResult)
	require.True(t, ok, "authenticated with Identity v3, got %T", p.AuthResult())
	info, err := r.Extract()
	require.NoError(t, err)
	return info
}

func identityClient(t *testing.T, p *gophercloud.ProviderClient) *gophercloud.ServiceClient {
	t.Helper()
	c, err := openstack.NewIdentityV3(p, openstack.EndpointOptsFromEnv())
	require.NoError(t, err)
	return c
}

func catalogTypes(info *tokens.TokenInfo) []string {
	var types []string
	for _, e := range info.Catalog {
		types = append(types, e.Type)
	}
	slices.Sort(types)
	return types
}

func TestPasswordAuthProjectScoped(t *testing.T) {
	opts := demoOptions(t)
	p := clients.Provider(t, opts)
	info := tokenInfo(t, p)

	assert.Equal(t, []string{"password"}, info.Methods)
	assert.Equal(t, opts.Username, info.User.Name)
	require.NotNil(t, info.Project, "a project-scoped token")
	if opts.TenantName != "" {
		assert.Equal(t, opts.TenantName, info.Project.Name)
	}
	assert.NotEmpty(t, info.Roles)
	assert.True(t, info.ExpiresAt.Time.After(time.Now()), "expires in the future: %v", info.ExpiresAt.Time)
	assert.True(t, p.TokenExpiresAt().Equal(info.ExpiresAt.Time))
	assert.NotEmpty(t, p.Token())

	types := catalogTypes(info)
	t.Logf("catalog: %v", types)
	for _, want := range []string{"compute", "object-store", "network", "image", "identity", "placement"} {
		assert.Contains(t, types, want)
	}
	assert.True(t, slices.Contains(types, "volumev3") || slices.Contains(types, "block-storage"), "a block-storage service: %v", types)
}

func TestTokenAuth(t *testing.T) {
	opts := demoOptions(t)
	first := clients.Provider(t, opts)
	firstInfo := tokenInfo(t, first)

	ctx := clients.Context(t, time.Minute)
	second, err := openstack.AuthenticatedClient(ctx, gophercloud.AuthOptions{
		IdentityEndpoint: opts.IdentityEndpoint,
		TokenID:          first.Token(),
		Scope:            &gophercloud.AuthScope{ProjectID: firstInfo.Project.ID},
	})
	require.NoError(t, err)
	info := tokenInfo(t, second)
	assert.Contains(t, info.Methods, "token")
	assert.Equal(t, firstInfo.User.ID, info.User.ID)
	assert.Equal(t, firstInfo.Project.ID, info.Project.ID)
	assert.NotEqual(t, first.Token(), second.Token(), "a new token")

	compute, err := openstack.NewComputeV2(second, openstack.EndpointOptsFromEnv())
	require.NoError(t, err)
	require.NoError(t, compute.Get(ctx, compute.ServiceURL("flavors"), nil).Err, "the new token works")
}

// applicationCredential is the part of Keystone's answer the test uses.
type applicationCredential struct {
	ID        string `json:"id"`
	Name      string `json:"name"`
	Secret    string `json:"secret"`
	ProjectID string `json:"project_id"`
}

// createApplicationCredential creates an application credential for the
// authenticated user (POST /v3/users/{user_id}/application_credentials)
// and deletes it when the test ends.
func createApplicationCredential(t *testing.T, p *gophercloud.ProviderClient) (applicationCredential, string) {
	t.Helper()
	identity := identityClient(t, p)
	userID := tokenInfo(t, p).User.ID
	name := clients.RandomName("appcred")
	body := map[string]any{"application_credential": map[string]any{
		"name":        name,
		"description": "cloudsdk acceptance test; safe to delete",
		"expires_at":  time.Now().Add(time.Hour).UTC().Format(time.RFC3339),
	}}
	r := identity.Post(clients.Context(t, time.Minute), identity.ServiceURL("users", userID, "application_credentials"), body,
		&gophercloud.RequestOpts{OkCodes: []int{http.StatusCreated}})
	ac, err := gophercloud.Extract[applicationCredential](r, "application_credential")
	require.NoError(t, err)
	require.NotEmpty(t, ac.Secret)
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		err := identity.Delete(ctx, identity.ServiceURL("users", userID, "application_credentials", ac.ID), nil).Err
		if err != nil && !gophercloud.ResponseCodeIs(err, http.StatusNotFound) {
			t.Errorf("cleanup: deleting application credential %s: %v", ac.ID, err)
		}
	})
	return *ac, userID
}

func TestApplicationCredentialAuth(t *testing.T) {
	opts := demoOptions(t)
	owner := clients.Provider(t, opts)
	ac, userID := createApplicationCredential(t, owner)
	ctx := clients.Context(t, 2*time.Minute)

	cases := []struct {
		name string
		opts gophercloud.AuthOptions
	}{
		{"by id", gophercloud.AuthOptions{ApplicationCredentialID: ac.ID, ApplicationCredentialSecret: ac.Secret}},
		{"by name and user id", gophercloud.AuthOptions{ApplicationCredentialName: ac.Name, ApplicationCredentialSecret: ac.Secret, UserID: userID}},
		{"by name and user name", gophercloud.AuthOptions{
			ApplicationCredentialName: ac.Name, ApplicationCredentialSecret: ac.Secret,
			Username: opts.Username, DomainID: opts.DomainID, DomainName: opts.DomainName,
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			o := tc.opts
			o.IdentityEndpoint = opts.IdentityEndpoint
			p, err := openstack.AuthenticatedClient(ctx, o)
			require.NoError(t, err)
			info := tokenInfo(t, p)
			assert.Equal(t, []string{"application_credential"}, info.Methods)
			require.NotNil(t, info.Project)
			assert.Equal(t, ac.ProjectID, info.Project.ID, "scoped to the credential's project")
			compute, err := openstack.NewComputeV2(p, openstack.EndpointOptsFromEnv())
			require.NoError(t, err)
			require.NoError(t, compute.Get(ctx, compute.ServiceURL("flavors"), nil).Err)
		})
	}

	t.Run("wrong secret", func(t *testing.T) {
		_, err := openstack.AuthenticatedClient(ctx, gophercloud.AuthOptions{
			IdentityEndpoint: opts.IdentityEndpoint, ApplicationCredentialID: ac.ID, ApplicationCredentialSecret: "not-the-secret",
		})
		require.Error(t, err)
		assert.ErrorIs(t, err, gophercloud.ErrUnauthorized)
		assert.NotContains(t, err.Error(), "not-the-secret")
	})
}

func TestEndpointDiscovery(t *testing.T) {
	p := clients.Provider(t, demoOptions(t))
	eo := openstack.EndpointOptsFromEnv()
	ctx := clients.Context(t, 2*time.Minute)

	// versionDoc GETs a service's version document and checks it is JSON.
	versionDoc := func(t *testing.T, sc *gophercloud.ServiceClient, u string) {
		t.Helper()
		r := sc.Do(ctx, http.MethodGet, u, &gophercloud.RequestOpts{OkCodes: []int{http.StatusOK, http.StatusNoContent, http.StatusMultipleChoices}})
		require.NoError(t, r.Err, "GET %s", u)
		if r.StatusCode != http.StatusNoContent {
			var doc any
			require.NoError(t, r.ExtractInto(&doc), "GET %s answered %d", u, r.StatusCode)
		}
	}
	root := func(endpoint string) string {
		u, err := url.Parse(endpoint)
		require.NoError(t, err)
		return u.Scheme + "://" + u.Host + "/"
	}

	cases := []struct {
		name  string
		newFn func(*gophercloud.ProviderClient, gophercloud.EndpointOpts) (*gophercloud.ServiceClient, error)
		doc   func(sc *gophercloud.ServiceClient) string // the URL answering with a version document
	}{
		{"compute", openstack.NewComputeV2, func(sc *gophercloud.ServiceClient) string { return sc.Endpoint }},
		{"network", openstack.NewNetworkV2, func(sc *gophercloud.ServiceClient) string { return sc.Endpoint }},
		{"block storage", openstack.NewBlockStorageV3, func(sc *gophercloud.ServiceClient) string { return root(sc.Endpoint) }},
		{"object storage (account)", openstack.NewObjectStorageV1, func(sc *gophercloud.ServiceClient) string { return sc.Endpoint }},
		{"image", openstack.NewImageV2, func(sc *gophercloud.ServiceClient) string { return sc.Endpoint }},
		{"identity", openstack.NewIdentityV3, func(sc *gophercloud.ServiceClient) string { return sc.ResourceBaseURL() }},
		{"placement", openstack.NewPlacementV1, func(sc *gophercloud.ServiceClient) string { return sc.Endpoint }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			sc, err := tc.newFn(p, eo)
			require.NoError(t, err)
			assert.True(t, strings.HasPrefix(sc.Endpoint, "http://127.0.0.1:"), "a loopback endpoint: %s", sc.Endpoint)
			versionDoc(t, sc, tc.doc(sc))
		})
	}

	// Every service type of the catalog resolves to exactly one endpoint.
	for _, typ := range catalogTypes(tokenInfo(t, p)) {
		t.Run("catalog/"+typ, func(t *testing.T) {
			sc, err := openstack.NewServiceClient(p, eo, typ)
			require.NoError(t, err)
			assert.Equal(t, typ, sc.Type)
		})
	}
}

func TestReauthAfterRevoke(t *testing.T) {
	opts := demoOptions(t)
	opts.AllowReauth = true
	victim := clients.Provider(t, opts)
	other := clients.Provider(t, demoOptions(t))
	ctx := clients.Context(t, 2*time.Minute)

	// victim's token must not have been used with Nova yet: Nova's
	// keystonemiddleware caches tokens it has validated.
	old := victim.Token()
	identity := identityClient(t, other)
	require.NoError(t, tokens.Revoke(ctx, identity, old).ExtractErr())
	valid, err := tokens.Validate(ctx, identity, old).Extract()
	require.NoError(t, err)
	require.False(t, valid, "the revoked token is invalid")

	compute, err := openstack.NewComputeV2(victim, openstack.EndpointOptsFromEnv())
	require.NoError(t, err)
	require.NoError(t, compute.Get(ctx, compute.ServiceURL("flavors"), nil).Err, "the call re-authenticates and succeeds")
	assert.NotEqual(t, old, victim.Token(), "a new token")
	valid, err = tokens.Validate(ctx, identity, victim.Token()).Extract()
	require.NoError(t, err)
	assert.True(t, valid)
}

func TestWrongPassword(t *testing.T) {
	opts := demoOptions(t)
	opts.Password = "wrong-" + clients.RandomName("pw")
	_, err := openstack.AuthenticatedClient(clients.Context(t, time.Minute), opts)
	require.Error(t, err)
	assert.True(t, errors.Is(err, gophercloud.ErrUnauthorized), "want ErrUnauthorized, got %v", err)
	var ue *gophercloud.ErrUnexpectedResponseCode
	require.True(t, errors.As(err, &ue))
	assert.Equal(t, http.StatusUnauthorized, ue.Actual)
	assert.NotEmpty(t, ue.RequestID, "Keystone's request ID is kept")
	assert.Regexp(t, regexp.MustCompile(`POST http://\S+/v3/auth/tokens: expected HTTP 201, got 401`), err.Error())
	assert.NotContains(t, err.Error(), opts.Password)
	t.Logf("error: %v", err)
}

func TestValidateAndGet(t *testing.T) {
	p := clients.Provider(t, demoOptions(t))
	identity := identityClient(t, p)
	ctx := clients.Context(t, time.Minute)

	valid, err := tokens.Validate(ctx, identity, p.Token()).Extract()
	require.NoError(t, err)
	assert.True(t, valid)

	valid, err = tokens.Validate(ctx, identity, "gAAAAABnot-a-real-token-at-all").Extract()
	require.NoError(t, err)
	assert.False(t, valid)

	info, err := tokens.Get(ctx, identity, p.Token()).Extract()
	require.NoError(t, err)
	assert.Equal(t, tokenInfo(t, p).User.ID, info.User.ID)
	assert.NotEmpty(t, info.Catalog)
}

func TestUnversionedAuthURLDiscoversV3(t *testing.T) {
	opts := demoOptions(t)
	u, err := url.Parse(opts.IdentityEndpoint)
	require.NoError(t, err)
	u.Path = strings.TrimSuffix(strings.TrimSuffix(u.Path, "/"), "/v3")
	opts.IdentityEndpoint = u.String()
	t.Logf("auth URL: %s", opts.IdentityEndpoint)

	p, err := openstack.AuthenticatedClient(clients.Context(t, time.Minute), opts)
	require.NoError(t, err)
	assert.True(t, strings.HasSuffix(p.IdentityEndpoint, "/v3/"), "discovered %s", p.IdentityEndpoint)
	info := tokenInfo(t, p)
	assert.Equal(t, opts.Username, info.User.Name)
}

func TestSystemScopeAdmin(t *testing.T) {
	opts := clients.AdminAuthOptions(t)
	opts.AllowReauth = false
	opts.TenantID, opts.TenantName = "", ""
	opts.Scope = &gophercloud.AuthScope{System: true}
	p, err := openstack.AuthenticatedClient(clients.Context(t, time.Minute), opts)
	if gophercloud.ResponseCodeIs(err, http.StatusUnauthorized) {
		t.Skipf("the admin user has no role on the system: %v", err)
	}
	require.NoError(t, err)
	info := tokenInfo(t, p)
	require.NotNil(t, info.System)
	assert.True(t, info.System.All)
	assert.Nil(t, info.Project)
}

// TestCloudsYAML authenticates through a clouds.yaml written from the OS_*
// variables, with the password in secure.yaml.
func TestCloudsYAML(t *testing.T) {
	opts := demoOptions(t)
	if opts.Username == "" || opts.Password == "" {
		t.Skip("needs OS_USERNAME and OS_PASSWORD")
	}
	dir := t.TempDir()
	clouds := "clouds:\n  acc:\n    auth:\n" +
		"      auth_url: " + opts.IdentityEndpoint + "\n" +
		"      username: " + opts.Username + "\n" +
		"      project_name: " + os.Getenv("OS_PROJECT_NAME") + "\n" +
		"      user_domain_name: " + os.Getenv("OS_USER_DOMAIN_NAME") + "\n" +
		"      project_domain_name: " + os.Getenv("OS_PROJECT_DOMAIN_NAME") + "\n" +
		"    region_name: " + os.Getenv("OS_REGION_NAME") + "\n" +
		"    interface: public\n"
	require.NoError(t, os.WriteFile(filepath.Join(dir, "clouds.yaml"), []byte(clouds), 0o600))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "secure.yaml"), []byte("clouds:\n  acc:\n    auth:\n      password: '"+strings.ReplaceAll(opts.Password, "'", "''")+"'\n"), 0o600))
	t.Setenv("OS_CLIENT_SECURE_FILE", "")

	p, cloud, err := openstack.AuthenticatedClientFromCloud(clients.Context(t, time.Minute), "acc", openstack.WithPath(filepath.Join(dir, "clouds.yaml")))
	require.NoError(t, err)
	assert.Equal(t, filepath.Join(dir, "secure.yaml"), cloud.SecureFile)
	compute, err := openstack.NewComputeV2(p, cloud.EndpointOpts())
	require.NoError(t, err)
	require.NoError(t, compute.Get(clients.Context(t, time.Minute), compute.ServiceURL("flavors"), nil).Err)
}
