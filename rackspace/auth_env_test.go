package rackspace_test

import (
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/rackspace"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var rsVars = []string{"RS_USERNAME", "RS_API_KEY", "RS_PASSWORD", "RS_REGION_NAME", "RS_REGION", "RS_AUTH_URL", "RS_TENANT_ID", "RS_TENANT_NAME"}

func setEnv(t *testing.T, env map[string]string) {
	for _, k := range rsVars {
		t.Setenv(k, env[k])
	}
}

func TestAuthOptionsFromEnv(t *testing.T) {
	tests := []struct {
		name   string
		env    map[string]string
		want   rackspace.AuthOptions
		region string
	}{
		{"api key, default URL", map[string]string{"RS_USERNAME": "me", "RS_API_KEY": "k", "RS_REGION_NAME": "ORD"},
			rackspace.AuthOptions{IdentityEndpoint: rackspace.USIdentity, Username: "me", APIKey: "k"}, "ORD"},
		{"password, UK, tenant", map[string]string{"RS_USERNAME": "me", "RS_PASSWORD": "pw", "RS_AUTH_URL": rackspace.UKIdentity, "RS_TENANT_NAME": "t", "RS_REGION": "LON"},
			rackspace.AuthOptions{IdentityEndpoint: rackspace.UKIdentity, Username: "me", Password: "pw", TenantName: "t"}, "LON"},
		{"region name beats region", map[string]string{"RS_USERNAME": "me", "RS_API_KEY": "k", "RS_TENANT_ID": "1", "RS_REGION": "LON", "RS_REGION_NAME": "IAD"},
			rackspace.AuthOptions{IdentityEndpoint: rackspace.USIdentity, Username: "me", APIKey: "k", TenantID: "1"}, "IAD"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			setEnv(t, tt.env)
			got, err := rackspace.AuthOptionsFromEnv()
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.region, rackspace.RegionFromEnv())
		})
	}
}

func TestAuthOptionsFromEnvErrors(t *testing.T) {
	tests := []struct {
		name string
		env  map[string]string
		want string
	}{
		{"no user", map[string]string{"RS_API_KEY": "k"}, "RS_USERNAME"},
		{"no secret", map[string]string{"RS_USERNAME": "me"}, "RS_API_KEY or RS_PASSWORD"},
		{"two tenants", map[string]string{"RS_USERNAME": "me", "RS_API_KEY": "k", "RS_TENANT_ID": "1", "RS_TENANT_NAME": "t"}, "RS_TENANT_ID"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			setEnv(t, tt.env)
			_, err := rackspace.AuthOptionsFromEnv()
			require.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func TestNewIdentityV2(t *testing.T) {
	p, err := rackspace.NewClient("https://lon.identity.api.rackspacecloud.com/v2.0")
	require.NoError(t, err)
	c, err := rackspace.NewIdentityV2(p)
	require.NoError(t, err)
	assert.Equal(t, "https://lon.identity.api.rackspacecloud.com/v2.0/", c.Endpoint)
	_, err = rackspace.NewIdentityV2(nil)
	assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
}
