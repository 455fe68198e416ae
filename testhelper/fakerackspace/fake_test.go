package fakerackspace_test

import (
	"net/http"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/rackspace"
	"github.com/cloudsdk/gophercloud/testhelper/fakerackspace"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAuthAndCatalog(t *testing.T) {
	fake := fakerackspace.New()
	t.Cleanup(fake.Close)
	for name, opts := range map[string]rackspace.AuthOptions{
		"api key":  fake.AuthOptions(),
		"password": {IdentityEndpoint: fake.IdentityEndpoint(), Username: fakerackspace.Username, Password: fakerackspace.Password},
		"tenant":   {IdentityEndpoint: fake.IdentityEndpoint(), Username: fakerackspace.Username, APIKey: fakerackspace.APIKey, TenantID: fakerackspace.TenantID},
	} {
		t.Run(name, func(t *testing.T) {
			p, err := rackspace.AuthenticatedClient(t.Context(), opts)
			require.NoError(t, err)
			for _, region := range fakerackspace.Regions {
				for _, newClient := range []func(*gophercloud.ProviderClient, gophercloud.EndpointOpts) (*gophercloud.ServiceClient, error){
					rackspace.NewComputeV2, rackspace.NewObjectStorageV1, rackspace.NewObjectCDNV1, rackspace.NewBlockStorageV1, rackspace.NewNetworkV2,
				} {
					sc, err := newClient(p, gophercloud.EndpointOpts{Region: region})
					require.NoError(t, err, region)
					assert.Contains(t, sc.Endpoint, fake.URL+"/")
				}
			}
		})
	}
}

func TestBadCredentials(t *testing.T) {
	fake := fakerackspace.New()
	t.Cleanup(fake.Close)
	for name, opts := range map[string]rackspace.AuthOptions{
		"wrong key":      {IdentityEndpoint: fake.IdentityEndpoint(), Username: fakerackspace.Username, APIKey: "nope"},
		"wrong password": {IdentityEndpoint: fake.IdentityEndpoint(), Username: fakerackspace.Username, Password: "nope"},
		"unknown user":   {IdentityEndpoint: fake.IdentityEndpoint(), Username: "nobody", APIKey: fakerackspace.APIKey},
		"other tenant":   {IdentityEndpoint: fake.IdentityEndpoint(), Username: fakerackspace.Username, APIKey: fakerackspace.APIKey, TenantID: "999"},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := rackspace.AuthenticatedClient(t.Context(), opts)
			require.Error(t, err)
			assert.True(t, gophercloud.ResponseCodeIs(err, http.StatusUnauthorized), "%v", err)
		})
	}
}

func TestExpireTokensReauthenticates(t *testing.T) {
	fake := fakerackspace.New()
	t.Cleanup(fake.Close)
	opts := fake.AuthOptions()
	opts.AllowReauth = true
	p, err := rackspace.AuthenticatedClient(t.Context(), opts)
	require.NoError(t, err)
	identity := &gophercloud.ServiceClient{ProviderClient: p, Endpoint: fake.IdentityEndpoint()}
	require.NoError(t, identity.Get(t.Context(), identity.ServiceURL("tenants"), nil).Err)
	fake.ExpireTokens()
	require.NoError(t, identity.Get(t.Context(), identity.ServiceURL("tenants"), nil).Err)
	assert.Equal(t, 2, fake.TokensIssued())
}

func TestUnauthenticatedAndUnknown(t *testing.T) {
	fake := fakerackspace.New()
	t.Cleanup(fake.Close)
	for _, path := range []string{"/v2.0/tenants", "/v2.0/users", "/dfw/cdn/v1/" + fakerackspace.FilesTenantID} {
		resp, err := http.Get(fake.URL + path)
		require.NoError(t, err)
		resp.Body.Close()
		assert.Equal(t, http.StatusUnauthorized, resp.StatusCode, path)
	}
	resp, err := http.Get(fake.URL + "/nowhere")
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusNotFound, resp.StatusCode)
}

func TestSubUserIsNotAdmin(t *testing.T) {
	fake := fakerackspace.New()
	t.Cleanup(fake.Close)
	ctx := t.Context()
	admin, err := rackspace.AuthenticatedClient(ctx, fake.AuthOptions())
	require.NoError(t, err)
	id, err := rackspace.NewIdentityV2(admin)
	require.NoError(t, err)
	body := map[string]any{"user": map[string]any{"username": "sub", "email": "sub@example.com", "OS-KSADM:password": "Sub-Passw0rd"}}
	require.NoError(t, id.Post(ctx, id.ServiceURL("users"), body, nil).Err)

	sub, err := rackspace.AuthenticatedClient(ctx, rackspace.AuthOptions{IdentityEndpoint: fake.IdentityEndpoint(), Username: "sub", Password: "Sub-Passw0rd"})
	require.NoError(t, err)
	subID, err := rackspace.NewIdentityV2(sub)
	require.NoError(t, err)
	err = subID.Get(ctx, subID.ServiceURL("users"), nil).Err
	assert.ErrorIs(t, err, gophercloud.ErrForbidden)
	_, err = rackspace.AuthenticatedClient(ctx, rackspace.AuthOptions{IdentityEndpoint: fake.IdentityEndpoint(), Username: "sub", APIKey: "none-yet"})
	assert.Error(t, err, "a sub-user has no API key until one is reset")
	assert.Len(t, fake.Users(), 2)
}
