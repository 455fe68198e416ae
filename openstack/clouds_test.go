package openstack_test

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"errors"
	"io"
	"log"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// cloudsEnv isolates a test from the developer's own clouds.yaml: a fresh
// HOME, no XDG_CONFIG_HOME, no OS_CLOUD / OS_CLIENT_* variables, and a
// fresh working directory. It returns the temporary root.
func cloudsEnv(t *testing.T) string {
	t.Helper()
	root := t.TempDir()
	for _, d := range []string{"home", "work"} {
		require.NoError(t, os.MkdirAll(filepath.Join(root, d), 0o755))
	}
	t.Setenv("HOME", filepath.Join(root, "home"))
	for _, k := range []string{"XDG_CONFIG_HOME", "OS_CLOUD", "OS_CLIENT_CONFIG_FILE", "OS_CLIENT_SECURE_FILE"} {
		t.Setenv(k, "")
	}
	t.Chdir(filepath.Join(root, "work"))
	return root
}

func writeFile(t *testing.T, path, content string) string {
	t.Helper()
	require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
	require.NoError(t, os.WriteFile(path, []byte(content), 0o600))
	return path
}

// cloudsYAML defines "mycloud" whose auth_url tells which file it came from.
func cloudsYAML(tag string) string {
	return "clouds:\n  mycloud:\n    auth:\n      auth_url: http://" + tag + ".example.com:5000/v3\n      username: demo\n      password: pw\n      user_domain_id: default\n"
}

func TestLoadCloudSearchPath(t *testing.T) {
	if _, err := os.Stat("/etc/openstack"); err == nil {
		t.Skip("/etc/openstack exists on this machine and would take part in the search")
	}
	cases := []struct {
		name    string
		files   []string // relative to the temporary root; each gets its own tag
		xdg     bool     // set XDG_CONFIG_HOME to root/xdg
		envFile string   // OS_CLIENT_CONFIG_FILE, relative to root
		with    string   // WithPath, relative to root
		want    string   // the file that wins, relative to root; "" for an error
	}{
		{name: "home config dir", files: []string{"home/.config/openstack/clouds.yaml"}, want: "home/.config/openstack/clouds.yaml"},
		{name: "XDG_CONFIG_HOME replaces ~/.config", xdg: true, files: []string{"home/.config/openstack/clouds.yaml", "xdg/openstack/clouds.yaml"}, want: "xdg/openstack/clouds.yaml"},
		{name: "current directory first", xdg: true, files: []string{"xdg/openstack/clouds.yaml", "work/clouds.yaml"}, want: "work/clouds.yaml"},
		{name: ".yml accepted", files: []string{"home/.config/openstack/clouds.yml"}, want: "home/.config/openstack/clouds.yml"},
		{name: ".yaml before .yml", files: []string{"work/clouds.yml", "work/clouds.yaml"}, want: "work/clouds.yaml"},
		{name: "OS_CLIENT_CONFIG_FILE first", files: []string{"work/clouds.yaml", "elsewhere/my-clouds.yaml"}, envFile: "elsewhere/my-clouds.yaml", want: "elsewhere/my-clouds.yaml"},
		{name: "WithPath beats everything", files: []string{"work/clouds.yaml", "elsewhere/a.yaml", "given/b.yaml"}, envFile: "elsewhere/a.yaml", with: "given/b.yaml", want: "given/b.yaml"},
		{name: "OS_CLIENT_CONFIG_FILE missing", files: []string{"work/clouds.yaml"}, envFile: "missing/clouds.yaml"},
		{name: "WithPath missing", files: []string{"work/clouds.yaml"}, with: "missing.yaml"},
		{name: "no file anywhere"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			root := cloudsEnv(t)
			for _, f := range tc.files {
				writeFile(t, filepath.Join(root, f), cloudsYAML(strings.NewReplacer("/", "-", ".", "-").Replace(f)))
			}
			if tc.xdg {
				t.Setenv("XDG_CONFIG_HOME", filepath.Join(root, "xdg"))
			}
			if tc.envFile != "" {
				t.Setenv("OS_CLIENT_CONFIG_FILE", filepath.Join(root, tc.envFile))
			}
			var opts []openstack.CloudOption
			if tc.with != "" {
				opts = append(opts, openstack.WithPath(filepath.Join(root, tc.with)))
			}
			cloud, err := openstack.LoadCloud("mycloud", opts...)
			if tc.want == "" {
				require.Error(t, err)
				assert.Nil(t, cloud)
				if tc.envFile == "" && tc.with == "" {
					assert.ErrorIs(t, err, openstack.ErrCloudNotFound)
					assert.Contains(t, err.Error(), "/etc/openstack", "the error lists where it looked")
				} else {
					assert.ErrorIs(t, err, os.ErrNotExist)
					assert.Contains(t, err.Error(), "missing")
				}
				return
			}
			require.NoError(t, err)
			assert.Equal(t, filepath.Join(root, tc.want), cloud.File)
			tag := strings.NewReplacer("/", "-", ".", "-").Replace(tc.want)
			assert.Equal(t, "http://"+tag+".example.com:5000/v3", cloud.Auth.AuthURL)
		})
	}
}

const threeClouds = `clouds:
  zeta:
    auth: {auth_url: "http://z.example.com/v3", user_id: u, password: p}
  alpha:
    auth: {auth_url: "http://a.example.com/v3", user_id: u, password: p}
  mid:
    auth: {auth_url: "http://m.example.com/v3", user_id: u, password: p}
`

func TestLoadCloudName(t *testing.T) {
	cases := []struct {
		name, osCloud string
		want          string
		wantErr       error
		wantText      string
	}{
		{name: "alpha", want: "alpha"},
		{osCloud: "mid", want: "mid"},
		{name: "zeta", osCloud: "mid", want: "zeta"},
		{wantErr: gophercloud.ErrInvalidOptions, wantText: "OS_CLOUD"},
		{name: "beta", wantErr: openstack.ErrCloudNotFound, wantText: `"beta" is not in`},
		{osCloud: "gamma", wantErr: openstack.ErrCloudNotFound, wantText: `"gamma"`},
	}
	for _, tc := range cases {
		t.Run("name="+tc.name+",OS_CLOUD="+tc.osCloud, func(t *testing.T) {
			root := cloudsEnv(t)
			path := writeFile(t, filepath.Join(root, "work", "clouds.yaml"), threeClouds)
			t.Setenv("OS_CLOUD", tc.osCloud)
			cloud, err := openstack.LoadCloud(tc.name)
			if tc.wantErr != nil {
				require.Error(t, err)
				assert.ErrorIs(t, err, tc.wantErr)
				assert.Contains(t, err.Error(), tc.wantText)
				assert.Contains(t, err.Error(), "alpha, mid, zeta", "the error lists the clouds, sorted")
				assert.Contains(t, err.Error(), path)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, cloud.Name)
			assert.Equal(t, "http://"+tc.want[:1]+".example.com/v3", cloud.Auth.AuthURL)
		})
	}
}

func TestLoadCloudSecureMerge(t *testing.T) {
	const clouds = `clouds:
  prod:
    auth:
      auth_url: https://keystone.example.com:5000/v3
      username: ops
      project_name: infra
      user_domain_name: Default
    region_name: RegionOne
    interface: public
  other:
    auth: {auth_url: "http://o.example.com/v3", user_id: u, password: from-clouds}
`
	const secure = `clouds:
  prod:
    auth:
      password: s3cr3t
      project_name: infra-prod
    region_name: RegionTwo
  secure-only:
    auth: {auth_url: "http://s.example.com/v3", user_id: u, password: p}
`
	check := func(t *testing.T, cloud *openstack.Cloud, securePath string) {
		t.Helper()
		assert.Equal(t, securePath, cloud.SecureFile)
		assert.Equal(t, openstack.CloudAuth{
			AuthURL: "https://keystone.example.com:5000/v3", Username: "ops", UserDomainName: "Default",
			Password: "s3cr3t", ProjectName: "infra-prod",
		}, cloud.Auth, "auth is merged key by key")
		assert.Equal(t, "RegionTwo", cloud.RegionName, "secure.yaml wins")
		assert.Equal(t, "public", cloud.Interface, "untouched keys stay")
	}

	t.Run("both searched, in different directories", func(t *testing.T) {
		root := cloudsEnv(t)
		writeFile(t, filepath.Join(root, "work", "clouds.yaml"), clouds)
		sp := writeFile(t, filepath.Join(root, "home", ".config", "openstack", "secure.yaml"), secure)
		cloud, err := openstack.LoadCloud("prod")
		require.NoError(t, err)
		check(t, cloud, sp)

		other, err := openstack.LoadCloud("other")
		require.NoError(t, err)
		assert.Equal(t, "from-clouds", other.Auth.Password, "a cloud absent from secure.yaml is unchanged")
		_, err = openstack.LoadCloud("secure-only")
		assert.NoError(t, err, "a cloud defined only in secure.yaml exists")
	})
	t.Run("OS_CLIENT_SECURE_FILE", func(t *testing.T) {
		root := cloudsEnv(t)
		writeFile(t, filepath.Join(root, "work", "clouds.yaml"), clouds)
		writeFile(t, filepath.Join(root, "work", "secure.yaml"), "clouds: {prod: {auth: {password: wrong}}}\n")
		sp := writeFile(t, filepath.Join(root, "vault", "prod.yaml"), secure)
		t.Setenv("OS_CLIENT_SECURE_FILE", sp)
		cloud, err := openstack.LoadCloud("prod")
		require.NoError(t, err)
		check(t, cloud, sp)
	})
	t.Run("WithPath takes secure.yaml from the same directory", func(t *testing.T) {
		root := cloudsEnv(t)
		writeFile(t, filepath.Join(root, "work", "secure.yaml"), "clouds: {prod: {auth: {password: wrong}}}\n")
		cp := writeFile(t, filepath.Join(root, "conf", "clouds.yaml"), clouds)
		sp := writeFile(t, filepath.Join(root, "conf", "secure.yaml"), secure)
		cloud, err := openstack.LoadCloud("prod", openstack.WithPath(cp))
		require.NoError(t, err)
		check(t, cloud, sp)
	})
	t.Run("WithSecurePath", func(t *testing.T) {
		root := cloudsEnv(t)
		cp := writeFile(t, filepath.Join(root, "conf", "clouds.yaml"), clouds)
		sp := writeFile(t, filepath.Join(root, "vault", "s.yaml"), secure)
		cloud, err := openstack.LoadCloud("prod", openstack.WithPath(cp), openstack.WithSecurePath(sp))
		require.NoError(t, err)
		check(t, cloud, sp)
	})
	t.Run("no secure.yaml", func(t *testing.T) {
		root := cloudsEnv(t)
		cp := writeFile(t, filepath.Join(root, "conf", "clouds.yaml"), clouds)
		cloud, err := openstack.LoadCloud("prod", openstack.WithPath(cp))
		require.NoError(t, err)
		assert.Empty(t, cloud.SecureFile)
		assert.Empty(t, cloud.Auth.Password)
	})
	t.Run("WithSecurePath missing", func(t *testing.T) {
		root := cloudsEnv(t)
		cp := writeFile(t, filepath.Join(root, "conf", "clouds.yaml"), clouds)
		_, err := openstack.LoadCloud("prod", openstack.WithPath(cp), openstack.WithSecurePath(filepath.Join(root, "nope.yaml")))
		assert.ErrorIs(t, err, os.ErrNotExist)
		assert.Contains(t, err.Error(), "WithSecurePath")
	})
}

func TestLoadCloudBadFiles(t *testing.T) {
	cases := []struct {
		name     string
		clouds   string
		secure   string
		wantText []string
		wantErr  error
	}{
		{name: "bad YAML", clouds: "clouds:\n  a:\n    auth: [unclosed\n", wantText: []string{"clouds.yaml", "line"}},
		{name: "tab indentation", clouds: "clouds:\n\ta: {}\n", wantText: []string{"clouds.yaml"}},
		{name: "bad secure YAML", clouds: cloudsYAML("x"), secure: "clouds: {mycloud: {auth: {password: \"unterminated}}}\n", wantText: []string{"secure.yaml"}},
		{name: "empty file", clouds: "", wantText: []string{"empty file"}},
		{name: "no clouds key", clouds: "cloud:\n  mycloud: {}\n", wantText: []string{"no clouds: key"}},
		{name: "not a mapping", clouds: "- clouds\n", wantText: []string{"must be a mapping"}},
		{name: "clouds is a list", clouds: "clouds:\n  - mycloud\n", wantText: []string{"clouds: must be a mapping"}},
		{name: "cloud is a string", clouds: "clouds:\n  mycloud: devstack\n", wantText: []string{"clouds.mycloud must be a mapping"}},
		{name: "auth is a string", clouds: "clouds:\n  mycloud:\n    auth: http://x\n", wantText: []string{"clouds.mycloud", "auth"}},
		{name: "verify not a boolean", clouds: "clouds:\n  mycloud:\n    verify: maybe\n    auth: {auth_url: 'http://x/v3'}\n", wantText: []string{"verify"}},
		{
			name: "profile", clouds: "clouds:\n  mycloud:\n    profile: vexxhost\n    auth: {username: demo}\n",
			wantText: []string{"clouds.mycloud.profile", "vexxhost", "not supported"}, wantErr: gophercloud.ErrInvalidOptions,
		},
		{
			name: "legacy cloud key", clouds: "clouds:\n  mycloud:\n    cloud: rackspace\n",
			wantText: []string{"clouds.mycloud.cloud", "not supported"}, wantErr: gophercloud.ErrInvalidOptions,
		},
		{
			name: "unknown auth_type", clouds: "clouds:\n  mycloud:\n    auth_type: v3oidcpassword\n    auth: {auth_url: 'http://x/v3'}\n",
			wantText: []string{"clouds.mycloud.auth_type", "v3oidcpassword", "supported:"}, wantErr: gophercloud.ErrInvalidOptions,
		},
		{
			name: "alias bomb", clouds: "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n" +
				"d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\nclouds: {}\n",
			wantText: []string{"too many YAML nodes"},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			root := cloudsEnv(t)
			cp := writeFile(t, filepath.Join(root, "conf", "clouds.yaml"), tc.clouds)
			if tc.secure != "" {
				writeFile(t, filepath.Join(root, "conf", "secure.yaml"), tc.secure)
			}
			cloud, err := openstack.LoadCloud("mycloud", openstack.WithPath(cp))
			require.Error(t, err)
			assert.Nil(t, cloud)
			for _, s := range tc.wantText {
				assert.Contains(t, err.Error(), s)
			}
			if tc.wantErr != nil {
				assert.ErrorIs(t, err, tc.wantErr)
			}
		})
	}
}

func TestCloudAuthOptions(t *testing.T) {
	cases := []struct {
		name  string
		entry string // the YAML of clouds.mycloud, indented by 4
		want  gophercloud.AuthOptions
	}{
		{
			name: "password, project by name",
			entry: `
    auth:
      auth_url: https://keystone.example.com:5000/v3
      username: demo
      password: demosecret
      project_name: demo
      user_domain_name: Default
      project_domain_name: Default`,
			want: gophercloud.AuthOptions{
				IdentityEndpoint: "https://keystone.example.com:5000/v3", Username: "demo", Password: "demosecret",
				DomainName: "Default", TenantName: "demo", Scope: &gophercloud.AuthScope{ProjectName: "demo", DomainName: "Default"},
			},
		},
		{
			name: "password, user and project by id",
			entry: `
    auth_type: v3password
    auth: {auth_url: "http://k/v3", user_id: u1, password: pw, project_id: p1, user_domain_name: ignored-for-user-id}`,
			want: gophercloud.AuthOptions{IdentityEndpoint: "http://k/v3", UserID: "u1", Password: "pw", TenantID: "p1", Scope: &gophercloud.AuthScope{ProjectID: "p1"}},
		},
		{
			name: "tenant aliases; project domain defaults to the user's",
			entry: `
    auth: {auth_url: "http://k/v3", username: demo, password: pw, tenant_name: demo, user_domain_id: default}`,
			want: gophercloud.AuthOptions{
				IdentityEndpoint: "http://k/v3", Username: "demo", Password: "pw", DomainID: "default",
				TenantName: "demo", Scope: &gophercloud.AuthScope{ProjectName: "demo", DomainID: "default"},
			},
		},
		{
			name: "domain_name stands for both domains",
			entry: `
    auth: {auth_url: "http://k/v3", username: demo, password: pw, project_name: demo, domain_name: Engineering}`,
			want: gophercloud.AuthOptions{
				IdentityEndpoint: "http://k/v3", Username: "demo", Password: "pw", DomainName: "Engineering",
				TenantName: "demo", Scope: &gophercloud.AuthScope{ProjectName: "demo", DomainName: "Engineering"},
			},
		},
		{
			name: "default_domain_id is the last fallback",
			entry: `
    auth: {auth_url: "http://k/v3", username: demo, password: pw, project_name: demo, default_domain_id: default, project_domain_name: Projects}`,
			want: gophercloud.AuthOptions{
				IdentityEndpoint: "http://k/v3", Username: "demo", Password: "pw", DomainID: "default",
				TenantName: "demo", Scope: &gophercloud.AuthScope{ProjectName: "demo", DomainName: "Projects"},
			},
		},
		{
			name: "domain scope",
			entry: `
    auth: {auth_url: "http://k/v3", username: admin, password: pw, user_domain_name: Default, domain_id: d42}`,
			want: gophercloud.AuthOptions{
				IdentityEndpoint: "http://k/v3", Username: "admin", Password: "pw", DomainName: "Default",
				Scope: &gophercloud.AuthScope{DomainID: "d42"},
			},
		},
		{
			name: "system scope",
			entry: `
    auth: {auth_url: "http://k/v3", user_id: u1, password: pw, system_scope: all, project_name: ignored}`,
			want: gophercloud.AuthOptions{IdentityEndpoint: "http://k/v3", UserID: "u1", Password: "pw", Scope: &gophercloud.AuthScope{System: true}},
		},
		{
			name: "token",
			entry: `
    auth_type: token
    auth: {auth_url: "http://k/v3", token: gAAAAA-tok, username: ignored, password: ignored, project_id: p1}`,
			want: gophercloud.AuthOptions{IdentityEndpoint: "http://k/v3", TokenID: "gAAAAA-tok", TenantID: "p1", Scope: &gophercloud.AuthScope{ProjectID: "p1"}},
		},
		{
			name: "token inferred",
			entry: `
    auth: {auth_url: "http://k/v3", token: gAAAAA-tok}`,
			want: gophercloud.AuthOptions{IdentityEndpoint: "http://k/v3", TokenID: "gAAAAA-tok"},
		},
		{
			name: "application credential by id ignores the project",
			entry: `
    auth_type: v3applicationcredential
    auth:
      auth_url: http://k:5000
      application_credential_id: ac1
      application_credential_secret: s3cr3t
      project_name: demo
      project_domain_name: Default
      username: ignored`,
			want: gophercloud.AuthOptions{IdentityEndpoint: "http://k:5000", ApplicationCredentialID: "ac1", ApplicationCredentialSecret: "s3cr3t"},
		},
		{
			name: "application credential by name, inferred",
			entry: `
    auth: {auth_url: "http://k/v3", application_credential_name: monitoring, application_credential_secret: s3cr3t, username: demo, user_domain_name: Default}`,
			want: gophercloud.AuthOptions{
				IdentityEndpoint: "http://k/v3", ApplicationCredentialName: "monitoring", ApplicationCredentialSecret: "s3cr3t",
				Username: "demo", DomainName: "Default",
			},
		},
		{
			name: "v3totp",
			entry: `
    auth_type: v3totp
    auth: {auth_url: "http://k/v3", user_id: u1, password: pw, passcode: "012345", project_id: p1}`,
			want: gophercloud.AuthOptions{IdentityEndpoint: "http://k/v3", UserID: "u1", Password: "pw", Passcode: "012345", TenantID: "p1", Scope: &gophercloud.AuthScope{ProjectID: "p1"}},
		},
		{
			name: "v2password on an unversioned URL",
			entry: `
    auth_type: v2password
    auth: {auth_url: "http://k:5000", username: demo, password: pw, tenant_id: t1}`,
			want: gophercloud.AuthOptions{IdentityEndpoint: "http://k:5000/v2.0/", Username: "demo", Password: "pw", TenantID: "t1", Scope: &gophercloud.AuthScope{ProjectID: "t1"}},
		},
		{
			name: "identity_api_version 2 keeps a versioned URL",
			entry: `
    identity_api_version: 2
    auth: {auth_url: "http://k:5000/v2.0", username: demo, password: pw}`,
			want: gophercloud.AuthOptions{IdentityEndpoint: "http://k:5000/v2.0", Username: "demo", Password: "pw"},
		},
		{
			name: "identity_api_version 3 leaves discovery alone",
			entry: `
    identity_api_version: 3
    auth: {auth_url: "http://k:5000", user_id: u1, password: pw}`,
			want: gophercloud.AuthOptions{IdentityEndpoint: "http://k:5000", UserID: "u1", Password: "pw"},
		},
		{
			name: "values stay the text written",
			entry: `
    auth:
      auth_url: http://k/v3
      user_id: 0x1F
      password: 0123
      project_id: 1e3`,
			want: gophercloud.AuthOptions{IdentityEndpoint: "http://k/v3", UserID: "0x1F", Password: "0123", TenantID: "1e3", Scope: &gophercloud.AuthScope{ProjectID: "1e3"}},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			root := cloudsEnv(t)
			cp := writeFile(t, filepath.Join(root, "clouds.yaml"), "clouds:\n  mycloud:"+tc.entry+"\n")
			cloud, err := openstack.LoadCloud("mycloud", openstack.WithPath(cp))
			require.NoError(t, err)
			got, err := cloud.AuthOptions()
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
			if strings.Contains(got.IdentityEndpoint, "v2.0") {
				_, err = got.ToTokenV2CreateMap()
			} else {
				_, err = got.ToTokenV3CreateMap()
			}
			assert.NoError(t, err, "the options must make a valid token request")
		})
	}
}

func TestCloudAuthOptionsErrors(t *testing.T) {
	cases := []struct {
		name    string
		entry   string
		wantArg string
	}{
		{"no auth_url", `{auth: {username: demo, password: pw}}`, "clouds.mycloud.auth.auth_url"},
		{"no auth at all", `{region_name: RegionOne}`, "clouds.mycloud.auth.auth_url"},
		{"token type without a token", `{auth_type: token, auth: {auth_url: "http://k/v3", password: pw}}`, "clouds.mycloud.auth.token"},
		{"application credential without a secret", `{auth_type: v3applicationcredential, auth: {auth_url: "http://k/v3", application_credential_id: ac1}}`, "clouds.mycloud.auth.application_credential_secret"},
		{"v3totp without a passcode", `{auth_type: v3totp, auth: {auth_url: "http://k/v3", user_id: u, password: pw}}`, "clouds.mycloud.auth.passcode"},
		{"v3totp without a password", `{auth_type: v3totp, auth: {auth_url: "http://k/v3", user_id: u, passcode: "123456"}}`, "clouds.mycloud.auth.password"},
		{"unknown system scope", `{auth: {auth_url: "http://k/v3", user_id: u, password: pw, system_scope: region}}`, "clouds.mycloud.auth.system_scope"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			root := cloudsEnv(t)
			cp := writeFile(t, filepath.Join(root, "clouds.yaml"), "clouds:\n  mycloud: "+tc.entry+"\n")
			cloud, err := openstack.LoadCloud("mycloud", openstack.WithPath(cp))
			require.NoError(t, err)
			_, err = cloud.AuthOptions()
			require.Error(t, err)
			assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
			assert.Contains(t, err.Error(), tc.wantArg)
			assert.NotContains(t, err.Error(), "pw", "no secret in the error")
		})
	}
}

func TestCloudEndpointOpts(t *testing.T) {
	cases := []struct {
		entry string
		want  gophercloud.EndpointOpts
	}{
		{`{auth: {}}`, gophercloud.EndpointOpts{}},
		{`{region_name: RegionOne, interface: internal}`, gophercloud.EndpointOpts{Region: "RegionOne", Availability: gophercloud.AvailabilityInternal}},
		{`{region_name: RegionOne, interface: adminURL}`, gophercloud.EndpointOpts{Region: "RegionOne", Availability: gophercloud.AvailabilityAdmin}},
		{`{endpoint_type: internalURL}`, gophercloud.EndpointOpts{Availability: gophercloud.AvailabilityInternal}},
		{`{interface: public, endpoint_type: internal}`, gophercloud.EndpointOpts{Availability: gophercloud.AvailabilityPublic}},
		{`{regions: [RegionTwo, RegionThree]}`, gophercloud.EndpointOpts{Region: "RegionTwo"}},
		{`{regions: [{name: RegionFour, values: {}}]}`, gophercloud.EndpointOpts{Region: "RegionFour"}},
		{`{region_name: RegionOne, regions: [RegionTwo]}`, gophercloud.EndpointOpts{Region: "RegionOne"}},
	}
	for _, tc := range cases {
		t.Run(tc.entry, func(t *testing.T) {
			root := cloudsEnv(t)
			cp := writeFile(t, filepath.Join(root, "clouds.yaml"), "clouds:\n  mycloud: "+tc.entry+"\n")
			cloud, err := openstack.LoadCloud("mycloud", openstack.WithPath(cp))
			require.NoError(t, err)
			assert.Equal(t, tc.want, cloud.EndpointOpts())
		})
	}
}

func TestLoadCloudAnchors(t *testing.T) {
	root := cloudsEnv(t)
	cp := writeFile(t, filepath.Join(root, "clouds.yaml"), `
x-common: &common
  region_name: RegionOne
  interface: internal
  auth: &auth
    auth_url: http://k/v3
    user_domain_name: Default
clouds:
  a:
    <<: *common
    auth:
      <<: *auth
      username: alice
      password: pa
  b:
    <<: [*common, {region_name: ignored, verify: false}]
    interface: public
    auth: *auth
`)
	a, err := openstack.LoadCloud("a", openstack.WithPath(cp))
	require.NoError(t, err)
	assert.Equal(t, "RegionOne", a.RegionName)
	assert.Equal(t, gophercloud.AvailabilityInternal, a.EndpointOpts().Availability)
	assert.Equal(t, openstack.CloudAuth{AuthURL: "http://k/v3", UserDomainName: "Default", Username: "alice", Password: "pa"}, a.Auth)

	b, err := openstack.LoadCloud("b", openstack.WithPath(cp))
	require.NoError(t, err)
	assert.Equal(t, "RegionOne", b.RegionName, "the first merged mapping wins")
	assert.Equal(t, "public", b.Interface, "explicit keys win over merged ones")
	require.NotNil(t, b.Verify)
	assert.False(t, *b.Verify)
	assert.Equal(t, "http://k/v3", b.Auth.AuthURL)
}

// pki holds a self-signed server certificate for 127.0.0.1 and a
// self-signed client certificate, in memory and as PEM files.
type pki struct {
	server, client             tls.Certificate
	serverPEM, clientPEM       string // certificate files
	clientKeyPEM, clientBundle string // key file, and certificate+key in one file
	clientCert                 *x509.Certificate
}

func newPKI(t *testing.T, dir string) *pki {
	t.Helper()
	p := &pki{}
	var serverCert, serverKey []byte
	serverCert, serverKey, _ = selfSigned(t, "fake keystone", x509.ExtKeyUsageServerAuth)
	clientCert, clientKey, parsed := selfSigned(t, "demo client", x509.ExtKeyUsageClientAuth)
	var err error
	p.server, err = tls.X509KeyPair(serverCert, serverKey)
	require.NoError(t, err)
	p.client, err = tls.X509KeyPair(clientCert, clientKey)
	require.NoError(t, err)
	p.clientCert = parsed
	p.serverPEM = writeFile(t, filepath.Join(dir, "ca.pem"), string(serverCert))
	p.clientPEM = writeFile(t, filepath.Join(dir, "client.pem"), string(clientCert))
	p.clientKeyPEM = writeFile(t, filepath.Join(dir, "client.key"), string(clientKey))
	p.clientBundle = writeFile(t, filepath.Join(dir, "client-bundle.pem"), string(clientCert)+string(clientKey))
	return p
}

func selfSigned(t *testing.T, cn string, usage x509.ExtKeyUsage) (certPEM, keyPEM []byte, cert *x509.Certificate) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	require.NoError(t, err)
	serial, err := rand.Int(rand.Reader, big.NewInt(1<<62))
	require.NoError(t, err)
	tmpl := &x509.Certificate{
		SerialNumber:          serial,
		Subject:               pkix.Name{CommonName: cn, Organization: []string{"cloudsdk tests"}},
		NotBefore:             time.Now().Add(-time.Hour),
		NotAfter:              time.Now().Add(time.Hour),
		KeyUsage:              x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		ExtKeyUsage:           []x509.ExtKeyUsage{usage},
		BasicConstraintsValid: true,
		IsCA:                  true,
		IPAddresses:           []net.IP{net.IPv4(127, 0, 0, 1), net.IPv6loopback},
		DNSNames:              []string{"localhost"},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	require.NoError(t, err)
	cert, err = x509.ParseCertificate(der)
	require.NoError(t, err)
	keyDER, err := x509.MarshalECPrivateKey(key)
	require.NoError(t, err)
	return pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}),
		pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: keyDER}), cert
}

// tlsServer starts an HTTPS server with the pki's server certificate;
// with requireClient it also demands the pki's client certificate.
func tlsServer(t *testing.T, p *pki, requireClient bool) *httptest.Server {
	t.Helper()
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = w.Write([]byte("ok"))
	}))
	srv.TLS = &tls.Config{Certificates: []tls.Certificate{p.server}}
	if requireClient {
		pool := x509.NewCertPool()
		pool.AddCert(p.clientCert)
		srv.TLS.ClientAuth = tls.RequireAndVerifyClientCert
		srv.TLS.ClientCAs = pool
	}
	srv.Config.ErrorLog = log.New(io.Discard, "", 0) // failed handshakes are expected
	srv.StartTLS()
	t.Cleanup(srv.Close)
	return srv
}

func TestCloudTLS(t *testing.T) {
	dir := t.TempDir()
	p := newPKI(t, dir)
	plain := tlsServer(t, p, false)
	mutual := tlsServer(t, p, true)
	notPEM := writeFile(t, filepath.Join(dir, "not.pem"), "hello\n")

	cases := []struct {
		name      string
		entry     string
		server    *httptest.Server
		wantOK    bool
		wantInErr string // a handshake error, or "" when the request works
	}{
		{name: "cacert trusts the server", entry: "cacert: " + p.serverPEM, server: plain, wantOK: true},
		{name: "system roots do not", entry: "region_name: RegionOne", server: plain, wantInErr: "certificate"},
		{name: "verify true without cacert", entry: "verify: true", server: plain, wantInErr: "certificate"},
		{name: "verify false", entry: "verify: false", server: plain, wantOK: true},
		{name: "verify False (YAML spelling)", entry: "verify: False", server: plain, wantOK: true},
		{name: "client certificate and key", entry: "cacert: " + p.serverPEM + "\n    cert: " + p.clientPEM + "\n    key: " + p.clientKeyPEM, server: mutual, wantOK: true},
		{name: "client bundle", entry: "cacert: " + p.serverPEM + "\n    cert: " + p.clientBundle, server: mutual, wantOK: true},
		{name: "no client certificate", entry: "cacert: " + p.serverPEM, server: mutual, wantInErr: "certificate"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cp := writeFile(t, filepath.Join(t.TempDir(), "clouds.yaml"), "clouds:\n  mycloud:\n    "+tc.entry+"\n")
			cloud, err := openstack.LoadCloud("mycloud", openstack.WithPath(cp))
			require.NoError(t, err)
			hc, err := cloud.HTTPClient()
			require.NoError(t, err)
			req, err := http.NewRequestWithContext(t.Context(), http.MethodGet, tc.server.URL, nil)
			require.NoError(t, err)
			resp, err := hc.Do(req)
			if tc.wantOK {
				require.NoError(t, err)
				_ = resp.Body.Close()
				assert.Equal(t, http.StatusOK, resp.StatusCode)
				return
			}
			require.Error(t, err, "the handshake must fail")
			assert.Contains(t, err.Error(), tc.wantInErr)
		})
	}

	errCases := []struct {
		name     string
		entry    string
		wantText []string
	}{
		{"missing cacert", "cacert: " + filepath.Join(dir, "nope.pem"), []string{"clouds.mycloud.cacert", "nope.pem"}},
		{"cacert without PEM", "cacert: " + notPEM, []string{"clouds.mycloud.cacert", "no PEM certificate", "not.pem"}},
		{"missing client cert", "cert: " + filepath.Join(dir, "nope.pem") + "\n    key: " + p.clientKeyPEM, []string{"clouds.mycloud.cert/key", "nope.pem"}},
		{"key that does not match", "cert: " + p.serverPEM + "\n    key: " + p.clientKeyPEM, []string{"clouds.mycloud.cert/key"}},
		{"key without cert", "key: " + p.clientKeyPEM, []string{"clouds.mycloud.cert"}},
	}
	for _, tc := range errCases {
		t.Run(tc.name, func(t *testing.T) {
			cp := writeFile(t, filepath.Join(t.TempDir(), "clouds.yaml"), "clouds:\n  mycloud:\n    "+tc.entry+"\n")
			cloud, err := openstack.LoadCloud("mycloud", openstack.WithPath(cp))
			require.NoError(t, err)
			_, err = cloud.TLSConfig()
			require.Error(t, err)
			for _, s := range tc.wantText {
				assert.Contains(t, err.Error(), s)
			}
			_, err = cloud.HTTPClient()
			assert.Error(t, err)
		})
	}

	t.Run("verify false ignores a broken cacert", func(t *testing.T) {
		cp := writeFile(t, filepath.Join(t.TempDir(), "clouds.yaml"), "clouds:\n  mycloud:\n    verify: false\n    cacert: /nonexistent/ca.pem\n")
		cloud, err := openstack.LoadCloud("mycloud", openstack.WithPath(cp))
		require.NoError(t, err)
		cfg, err := cloud.TLSConfig()
		require.NoError(t, err)
		assert.True(t, cfg.InsecureSkipVerify)
	})
}

func TestAuthenticatedClientFromCloud(t *testing.T) {
	t.Run("over TLS with cacert", func(t *testing.T) {
		root := cloudsEnv(t)
		p := newPKI(t, root)
		k := newKeystoneFakeTLS("", p.server)
		t.Cleanup(k.Close)
		writeFile(t, filepath.Join(root, "home", ".config", "openstack", "clouds.yaml"), `clouds:
  fake:
    auth:
      auth_url: `+k.URL+`
      username: demo
      project_name: demo
      user_domain_name: Default
    region_name: RegionOne
    cacert: `+p.serverPEM+"\n")
		writeFile(t, filepath.Join(root, "home", ".config", "openstack", "secure.yaml"), "clouds: {fake: {auth: {password: demosecret}}}\n")
		t.Setenv("OS_CLOUD", "fake")

		provider, cloud, err := openstack.AuthenticatedClientFromCloud(t.Context(), "")
		require.NoError(t, err)
		assert.Equal(t, "fake", cloud.Name)
		assert.True(t, k.Valid(provider.Token()))
		assert.NotNil(t, provider.ReauthFunc, "AllowReauth is set")
		compute, err := openstack.NewComputeV2(provider, cloud.EndpointOpts())
		require.NoError(t, err)
		assert.Equal(t, k.URL+"/compute/v2.1/", compute.Endpoint)
		require.NoError(t, compute.Get(t.Context(), compute.ServiceURL("servers"), nil).Err)

		k.Revoke(provider.Token())
		require.NoError(t, compute.Get(t.Context(), compute.ServiceURL("servers"), nil).Err, "re-authenticates over the same TLS settings")
		assert.Equal(t, int32(2), k.V3Auths.Load())
	})
	t.Run("TLS without cacert fails before authenticating", func(t *testing.T) {
		root := cloudsEnv(t)
		p := newPKI(t, root)
		k := newKeystoneFakeTLS("", p.server)
		t.Cleanup(k.Close)
		cp := writeFile(t, filepath.Join(root, "clouds.yaml"), "clouds:\n  fake:\n    auth: {auth_url: '"+k.URL+"/v3', user_id: u, password: pw}\n")
		_, _, err := openstack.AuthenticatedClientFromCloud(t.Context(), "fake", openstack.WithPath(cp))
		require.Error(t, err)
		var uerr x509.UnknownAuthorityError
		assert.True(t, errors.As(err, &uerr), "want an unknown-authority error, got %v", err)
		assert.Zero(t, k.V3Auths.Load())
	})
	t.Run("bad options", func(t *testing.T) {
		root := cloudsEnv(t)
		cp := writeFile(t, filepath.Join(root, "clouds.yaml"), "clouds:\n  fake:\n    auth: {username: demo}\n")
		_, cloud, err := openstack.AuthenticatedClientFromCloud(t.Context(), "fake", openstack.WithPath(cp))
		assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
		assert.NotNil(t, cloud, "the cloud is returned to help explain the error")
		_, _, err = openstack.AuthenticatedClientFromCloud(t.Context(), "absent", openstack.WithPath(cp))
		assert.ErrorIs(t, err, openstack.ErrCloudNotFound)
	})
}

func TestLoadCloudTestdata(t *testing.T) {
	t.Setenv("OS_CLIENT_SECURE_FILE", "")
	cloud, err := openstack.LoadCloud("monitoring", openstack.WithPath("testdata/clouds.yaml"))
	require.NoError(t, err)
	assert.Equal(t, "testdata/secure.yaml", cloud.SecureFile, "secure.yaml beside the given clouds.yaml")
	opts, err := cloud.AuthOptions()
	require.NoError(t, err)
	assert.Equal(t, gophercloud.AuthOptions{
		IdentityEndpoint:            "http://127.0.0.1:5000",
		ApplicationCredentialID:     "423f19a4ac1e4f48bbb4180756e6eb6c",
		ApplicationCredentialSecret: "rEaqvJka48mpv",
	}, opts)
	assert.Equal(t, gophercloud.EndpointOpts{Region: "RegionOne", Availability: gophercloud.AvailabilityInternal}, cloud.EndpointOpts())
}
