package openstack_test

import (
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// osVariables are every variable auth_env.go reads; each test case starts
// with all of them empty, whatever the developer's shell exports.
var osVariables = []string{
	"OS_AUTH_URL", "OS_USERNAME", "OS_USERID", "OS_USER_ID", "OS_PASSWORD", "OS_PASSCODE",
	"OS_TOKEN", "OS_AUTH_TOKEN",
	"OS_APPLICATION_CREDENTIAL_ID", "OS_APPLICATION_CREDENTIAL_NAME", "OS_APPLICATION_CREDENTIAL_SECRET",
	"OS_PROJECT_ID", "OS_PROJECT_NAME", "OS_TENANT_ID", "OS_TENANT_NAME",
	"OS_USER_DOMAIN_ID", "OS_USER_DOMAIN_NAME", "OS_PROJECT_DOMAIN_ID", "OS_PROJECT_DOMAIN_NAME",
	"OS_DOMAIN_ID", "OS_DOMAIN_NAME", "OS_SYSTEM_SCOPE", "OS_REGION_NAME", "OS_INTERFACE",
}

func setOSEnv(t *testing.T, env map[string]string) {
	t.Helper()
	for _, k := range osVariables {
		t.Setenv(k, "")
	}
	for k, v := range env {
		t.Setenv(k, v)
	}
}

const envAuthURL = "http://127.0.0.1:5000/v3"

func TestAuthOptionsFromEnv(t *testing.T) {
	cases := []struct {
		name string
		env  map[string]string
		want gophercloud.AuthOptions
	}{
		{
			name: "devcloud openrc",
			env: map[string]string{
				"OS_AUTH_URL": envAuthURL, "OS_USERNAME": "demo", "OS_PASSWORD": "demosecret", "OS_PROJECT_NAME": "demo",
				"OS_USER_DOMAIN_NAME": "Default", "OS_PROJECT_DOMAIN_NAME": "Default", "OS_DOMAIN_NAME": "Default",
				"OS_REGION_NAME": "RegionOne", "OS_INTERFACE": "public",
			},
			want: gophercloud.AuthOptions{
				IdentityEndpoint: envAuthURL, Username: "demo", Password: "demosecret", DomainName: "Default", TenantName: "demo",
				Scope: &gophercloud.AuthScope{ProjectName: "demo", DomainName: "Default"},
			},
		},
		{
			name: "project id beats project name",
			env:  map[string]string{"OS_AUTH_URL": envAuthURL, "OS_USERID": "u1", "OS_PASSWORD": "pw", "OS_PROJECT_ID": "p1", "OS_PROJECT_NAME": "demo"},
			want: gophercloud.AuthOptions{IdentityEndpoint: envAuthURL, UserID: "u1", Password: "pw", TenantID: "p1", Scope: &gophercloud.AuthScope{ProjectID: "p1"}},
		},
		{
			name: "OS_USER_ID beats OS_USERID",
			env:  map[string]string{"OS_AUTH_URL": envAuthURL, "OS_USER_ID": "u2", "OS_USERID": "u1", "OS_PASSWORD": "pw"},
			want: gophercloud.AuthOptions{IdentityEndpoint: envAuthURL, UserID: "u2", Password: "pw"},
		},
		{
			name: "OS_TENANT_ID alias",
			env:  map[string]string{"OS_AUTH_URL": envAuthURL, "OS_USER_ID": "u1", "OS_PASSWORD": "pw", "OS_TENANT_ID": "t1"},
			want: gophercloud.AuthOptions{IdentityEndpoint: envAuthURL, UserID: "u1", Password: "pw", TenantID: "t1", Scope: &gophercloud.AuthScope{ProjectID: "t1"}},
		},
		{
			name: "OS_TENANT_NAME alias, project domain from the user's",
			env:  map[string]string{"OS_AUTH_URL": envAuthURL, "OS_USERNAME": "demo", "OS_PASSWORD": "pw", "OS_TENANT_NAME": "demo", "OS_USER_DOMAIN_ID": "default"},
			want: gophercloud.AuthOptions{
				IdentityEndpoint: envAuthURL, Username: "demo", Password: "pw", DomainID: "default", TenantName: "demo",
				Scope: &gophercloud.AuthScope{ProjectName: "demo", DomainID: "default"},
			},
		},
		{
			name: "OS_PROJECT_* beat OS_TENANT_*",
			env:  map[string]string{"OS_AUTH_URL": envAuthURL, "OS_USER_ID": "u1", "OS_PASSWORD": "pw", "OS_PROJECT_NAME": "new", "OS_TENANT_NAME": "old", "OS_PROJECT_DOMAIN_ID": "default"},
			want: gophercloud.AuthOptions{
				IdentityEndpoint: envAuthURL, UserID: "u1", Password: "pw", TenantName: "new",
				Scope: &gophercloud.AuthScope{ProjectName: "new", DomainID: "default"},
			},
		},
		{
			name: "user domain: specific id beats generic name",
			env:  map[string]string{"OS_AUTH_URL": envAuthURL, "OS_USERNAME": "demo", "OS_PASSWORD": "pw", "OS_USER_DOMAIN_ID": "default", "OS_DOMAIN_NAME": "Other"},
			want: gophercloud.AuthOptions{
				IdentityEndpoint: envAuthURL, Username: "demo", Password: "pw", DomainID: "default",
				Scope: &gophercloud.AuthScope{DomainName: "Other"},
			},
		},
		{
			name: "user domain: specific name beats generic id",
			env:  map[string]string{"OS_AUTH_URL": envAuthURL, "OS_USERNAME": "demo", "OS_PASSWORD": "pw", "OS_USER_DOMAIN_NAME": "Default", "OS_DOMAIN_ID": "d2", "OS_PROJECT_NAME": "demo"},
			want: gophercloud.AuthOptions{
				IdentityEndpoint: envAuthURL, Username: "demo", Password: "pw", DomainName: "Default", TenantName: "demo",
				Scope: &gophercloud.AuthScope{ProjectName: "demo", DomainID: "d2"},
			},
		},
		{
			name: "user domain: both specific, id wins",
			env:  map[string]string{"OS_AUTH_URL": envAuthURL, "OS_USERNAME": "demo", "OS_PASSWORD": "pw", "OS_USER_DOMAIN_NAME": "Default", "OS_USER_DOMAIN_ID": "default"},
			want: gophercloud.AuthOptions{IdentityEndpoint: envAuthURL, Username: "demo", Password: "pw", DomainID: "default"},
		},
		{
			name: "generic domain id and name for user and project: id wins for both",
			env:  map[string]string{"OS_AUTH_URL": envAuthURL, "OS_USERNAME": "demo", "OS_PASSWORD": "pw", "OS_DOMAIN_ID": "default", "OS_DOMAIN_NAME": "Default", "OS_PROJECT_NAME": "demo"},
			want: gophercloud.AuthOptions{
				IdentityEndpoint: envAuthURL, Username: "demo", Password: "pw", DomainID: "default", TenantName: "demo",
				Scope: &gophercloud.AuthScope{ProjectName: "demo", DomainID: "default"},
			},
		},
		{
			name: "project domain: id beats name",
			env: map[string]string{
				"OS_AUTH_URL": envAuthURL, "OS_USER_ID": "u1", "OS_PASSWORD": "pw", "OS_PROJECT_NAME": "demo",
				"OS_PROJECT_DOMAIN_ID": "d1", "OS_PROJECT_DOMAIN_NAME": "One", "OS_DOMAIN_NAME": "Generic",
			},
			want: gophercloud.AuthOptions{
				IdentityEndpoint: envAuthURL, UserID: "u1", Password: "pw", DomainName: "Generic", TenantName: "demo",
				Scope: &gophercloud.AuthScope{ProjectName: "demo", DomainID: "d1"},
			},
		},
		{
			name: "domain scope",
			env:  map[string]string{"OS_AUTH_URL": envAuthURL, "OS_USERNAME": "admin", "OS_PASSWORD": "pw", "OS_USER_DOMAIN_NAME": "Default", "OS_DOMAIN_NAME": "Engineering"},
			want: gophercloud.AuthOptions{
				IdentityEndpoint: envAuthURL, Username: "admin", Password: "pw", DomainName: "Default",
				Scope: &gophercloud.AuthScope{DomainName: "Engineering"},
			},
		},
		{
			name: "system scope wins over a project",
			env:  map[string]string{"OS_AUTH_URL": envAuthURL, "OS_USER_ID": "u1", "OS_PASSWORD": "pw", "OS_SYSTEM_SCOPE": "all", "OS_PROJECT_NAME": "admin"},
			want: gophercloud.AuthOptions{IdentityEndpoint: envAuthURL, UserID: "u1", Password: "pw", Scope: &gophercloud.AuthScope{System: true}},
		},
		{
			name: "unscoped",
			env:  map[string]string{"OS_AUTH_URL": envAuthURL, "OS_USERNAME": "demo", "OS_PASSWORD": "pw", "OS_USER_DOMAIN_ID": "default"},
			want: gophercloud.AuthOptions{IdentityEndpoint: envAuthURL, Username: "demo", Password: "pw", DomainID: "default"},
		},
		{
			name: "TOTP",
			env:  map[string]string{"OS_AUTH_URL": envAuthURL, "OS_USER_ID": "u1", "OS_PASSWORD": "pw", "OS_PASSCODE": "012345", "OS_PROJECT_ID": "p1"},
			want: gophercloud.AuthOptions{IdentityEndpoint: envAuthURL, UserID: "u1", Password: "pw", Passcode: "012345", TenantID: "p1", Scope: &gophercloud.AuthScope{ProjectID: "p1"}},
		},
		{
			name: "OS_TOKEN",
			env:  map[string]string{"OS_AUTH_URL": envAuthURL, "OS_TOKEN": "gAAAA-tok", "OS_AUTH_TOKEN": "ignored", "OS_PROJECT_ID": "p1"},
			want: gophercloud.AuthOptions{IdentityEndpoint: envAuthURL, TokenID: "gAAAA-tok", TenantID: "p1", Scope: &gophercloud.AuthScope{ProjectID: "p1"}},
		},
		{
			name: "OS_AUTH_TOKEN alias",
			env:  map[string]string{"OS_AUTH_URL": envAuthURL, "OS_AUTH_TOKEN": "gAAAA-tok"},
			want: gophercloud.AuthOptions{IdentityEndpoint: envAuthURL, TokenID: "gAAAA-tok"},
		},
		{
			name: "application credential by id ignores the project variables",
			env: map[string]string{
				"OS_AUTH_URL": envAuthURL, "OS_APPLICATION_CREDENTIAL_ID": "ac1", "OS_APPLICATION_CREDENTIAL_SECRET": "s3cr3t",
				"OS_PROJECT_NAME": "demo", "OS_PROJECT_ID": "p1", "OS_TENANT_NAME": "demo", "OS_PROJECT_DOMAIN_NAME": "Default",
			},
			want: gophercloud.AuthOptions{IdentityEndpoint: envAuthURL, ApplicationCredentialID: "ac1", ApplicationCredentialSecret: "s3cr3t"},
		},
		{
			name: "application credential by name with its user",
			env: map[string]string{
				"OS_AUTH_URL": envAuthURL, "OS_APPLICATION_CREDENTIAL_NAME": "monitoring", "OS_APPLICATION_CREDENTIAL_SECRET": "s3cr3t",
				"OS_USERNAME": "demo", "OS_USER_DOMAIN_NAME": "Default", "OS_SYSTEM_SCOPE": "all",
			},
			want: gophercloud.AuthOptions{
				IdentityEndpoint: envAuthURL, ApplicationCredentialName: "monitoring", ApplicationCredentialSecret: "s3cr3t",
				Username: "demo", DomainName: "Default",
			},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			setOSEnv(t, tc.env)
			got, err := openstack.AuthOptionsFromEnv()
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
			_, err = got.ToTokenV3CreateMap()
			assert.NoError(t, err, "what the environment gives must be a valid v3 request")
		})
	}
}

func TestAuthOptionsFromEnvErrors(t *testing.T) {
	cases := []struct {
		name    string
		env     map[string]string
		wantArg string
	}{
		{"nothing set", map[string]string{}, "OS_AUTH_URL"},
		{"no auth URL", map[string]string{"OS_USERNAME": "demo", "OS_PASSWORD": "pw"}, "OS_AUTH_URL"},
		{"no password, token or secret", map[string]string{"OS_AUTH_URL": envAuthURL, "OS_USERNAME": "demo", "OS_PROJECT_NAME": "demo"}, "OS_PASSWORD"},
		{"application credential without its secret", map[string]string{"OS_AUTH_URL": envAuthURL, "OS_APPLICATION_CREDENTIAL_ID": "ac1"}, "OS_APPLICATION_CREDENTIAL_SECRET"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			setOSEnv(t, tc.env)
			_, err := openstack.AuthOptionsFromEnv()
			require.Error(t, err)
			assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
			assert.Contains(t, err.Error(), tc.wantArg)
		})
	}
}

func TestEndpointOptsFromEnv(t *testing.T) {
	cases := []struct {
		region, iface string
		want          gophercloud.EndpointOpts
	}{
		{"", "", gophercloud.EndpointOpts{}},
		{"RegionOne", "public", gophercloud.EndpointOpts{Region: "RegionOne", Availability: gophercloud.AvailabilityPublic}},
		{"RegionOne", "publicURL", gophercloud.EndpointOpts{Region: "RegionOne", Availability: gophercloud.AvailabilityPublic}},
		{"", "internal", gophercloud.EndpointOpts{Availability: gophercloud.AvailabilityInternal}},
		{"", "internalURL", gophercloud.EndpointOpts{Availability: gophercloud.AvailabilityInternal}},
		{"", "Admin", gophercloud.EndpointOpts{Availability: gophercloud.AvailabilityAdmin}},
		{"", "adminURL", gophercloud.EndpointOpts{Availability: gophercloud.AvailabilityAdmin}},
		// Kept as is, so the lookup reports it instead of quietly using public.
		{"RegionOne", "private", gophercloud.EndpointOpts{Region: "RegionOne", Availability: "private"}},
	}
	for _, tc := range cases {
		t.Run(tc.region+"/"+tc.iface, func(t *testing.T) {
			setOSEnv(t, map[string]string{"OS_REGION_NAME": tc.region, "OS_INTERFACE": tc.iface})
			eo := openstack.EndpointOptsFromEnv()
			assert.Equal(t, tc.want, eo)
			assert.Equal(t, tc.region, openstack.RegionFromEnv())
			if tc.iface == "private" {
				assert.ErrorIs(t, eo.Validate(), gophercloud.ErrInvalidOptions)
			} else {
				assert.NoError(t, eo.Validate())
			}
		})
	}
}
