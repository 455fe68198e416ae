package openstack_test

import (
	"errors"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack"
	tokens2 "github.com/cloudsdk/gophercloud/openstack/identity/v2/tokens"
	tokens3 "github.com/cloudsdk/gophercloud/openstack/identity/v3/tokens"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNewClient(t *testing.T) {
	cases := []struct {
		endpoint     string
		wantBase     string
		wantEndpoint string
	}{
		{"http://127.0.0.1:5000/v3", "http://127.0.0.1:5000/", "http://127.0.0.1:5000/v3/"},
		{"http://127.0.0.1:5000/v3/", "http://127.0.0.1:5000/", "http://127.0.0.1:5000/v3/"},
		{"https://keystone.example.com/v2.0", "https://keystone.example.com/", "https://keystone.example.com/v2.0/"},
		{"http://127.0.0.1:5000", "http://127.0.0.1:5000/", "http://127.0.0.1:5000/"},
		{"http://127.0.0.1:5000/", "http://127.0.0.1:5000/", "http://127.0.0.1:5000/"},
		{"http://cloud.example.com/identity/v3", "http://cloud.example.com/identity/", "http://cloud.example.com/identity/v3/"},
		{"http://cloud.example.com/identity", "http://cloud.example.com/identity/", "http://cloud.example.com/identity/"},
		{"https://cloud.example.com:13000/v3?debug=1#top", "https://cloud.example.com:13000/", "https://cloud.example.com:13000/v3/"},
		{"http://[::1]:5000/v3", "http://[::1]:5000/", "http://[::1]:5000/v3/"},
		{"HTTPS://Cloud.example.com/v3", "https://Cloud.example.com/", "https://Cloud.example.com/v3/"},
	}
	for _, tc := range cases {
		t.Run(tc.endpoint, func(t *testing.T) {
			p, err := openstack.NewClient(tc.endpoint)
			require.NoError(t, err)
			assert.Equal(t, tc.wantBase, p.IdentityBase)
			assert.Equal(t, tc.wantEndpoint, p.IdentityEndpoint)
			assert.Empty(t, p.Token())
			assert.Nil(t, p.EndpointLocator)
		})
	}
}

func TestNewClientRejectsBadURLs(t *testing.T) {
	for _, endpoint := range []string{
		"",
		"127.0.0.1:5000/v3",
		"keystone.example.com/v3",
		"/v3",
		"ftp://keystone.example.com/v3",
		"file:///etc/passwd",
		"http://",
		"http://[::1/v3",
		"http://keystone.example.com:port/v3",
	} {
		t.Run(endpoint, func(t *testing.T) {
			p, err := openstack.NewClient(endpoint)
			require.Error(t, err)
			assert.Nil(t, p)
			assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
			assert.Contains(t, err.Error(), "AuthOptions.IdentityEndpoint")

			_, err = openstack.AuthenticatedClient(t.Context(), gophercloud.AuthOptions{IdentityEndpoint: endpoint, UserID: "u", Password: "p"})
			assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
		})
	}
}

// keystoneVersionDoc is a Keystone root document offering the given versions,
// each as {"id", "status", "href"}.
func keystoneVersionDoc(versions ...[3]string) string {
	s := `{"versions": {"values": [`
	for i, v := range versions {
		if i > 0 {
			s += ","
		}
		s += `{"id": "` + v[0] + `", "status": "` + v[1] + `", "updated": "2020-04-07T00:00:00Z", "links": [{"rel": "self", "href": "` + v[2] + `"}]}`
	}
	return s + `]}}`
}

func TestAuthenticateDiscoversVersion(t *testing.T) {
	cases := []struct {
		name        string
		authPath    string // appended to the server URL to form the auth URL
		prefix      string // where Keystone lives on the server
		rootPattern string // the discovery request, "" when none is expected
		status      int
		body        string
		wantVersion string // "v3", "v2.0" or "" for an error
		wantErr     error
		wantText    string
	}{
		{
			name: "v3 and v2.0 offered: v3", authPath: "", rootPattern: "GET /{$}", status: http.StatusMultipleChoices,
			body:        keystoneVersionDoc([3]string{"v3.14", "stable", "{{URL}}/v3/"}, [3]string{"v2.0", "deprecated", "{{URL}}/v2.0/"}),
			wantVersion: "v3",
		},
		{
			name: "v2.0 listed first: still v3", authPath: "/", rootPattern: "GET /{$}", status: http.StatusMultipleChoices,
			body:        keystoneVersionDoc([3]string{"v2.0", "stable", "{{URL}}/v2.0/"}, [3]string{"v3.10", "stable", "{{URL}}/v3/"}),
			wantVersion: "v3",
		},
		{
			name: "only v2.0: v2.0", authPath: "", rootPattern: "GET /{$}", status: http.StatusMultipleChoices,
			body:        keystoneVersionDoc([3]string{"v2.0", "stable", "{{URL}}/v2.0/"}),
			wantVersion: "v2.0",
		},
		{
			name: "path prefix", authPath: "/identity", prefix: "/identity", rootPattern: "GET /identity/{$}", status: http.StatusMultipleChoices,
			body:        keystoneVersionDoc([3]string{"v3.14", "stable", "{{URL}}/identity/v3/"}),
			wantVersion: "v3",
		},
		{
			name: "a single version document (200)", authPath: "/", rootPattern: "GET /{$}", status: http.StatusOK,
			body:        `{"version": {"id": "v3.14", "status": "stable", "links": [{"rel": "self", "href": "{{URL}}/v3/"}]}}`,
			wantVersion: "v3",
		},
		{
			name: "versioned v3 URL: no discovery", authPath: "/v3",
			wantVersion: "v3",
		},
		{
			name: "versioned v2.0 URL: no discovery", authPath: "/v2.0/",
			wantVersion: "v2.0",
		},
		{
			name: "no usable version", authPath: "", rootPattern: "GET /{$}", status: http.StatusMultipleChoices,
			body:    keystoneVersionDoc([3]string{"v1.0", "stable", "{{URL}}/v1/"}),
			wantErr: gophercloud.ErrServiceNotFound, wantText: "neither Identity v3 nor v2.0",
		},
		{
			name: "empty version list", authPath: "", rootPattern: "GET /{$}", status: http.StatusMultipleChoices,
			body:    `{"versions": {"values": []}}`,
			wantErr: gophercloud.ErrServiceNotFound,
		},
		{
			name: "version without a self link", authPath: "", rootPattern: "GET /{$}", status: http.StatusMultipleChoices,
			body:    `{"versions": {"values": [{"id": "v3.14", "status": "stable", "links": []}]}}`,
			wantErr: gophercloud.ErrServiceNotFound,
		},
		{
			name: "not JSON", authPath: "", rootPattern: "GET /{$}", status: http.StatusOK,
			body:    `<html><body>It works!</body></html>`,
			wantErr: gophercloud.ErrMalformedResponse, wantText: "identity version document",
		},
		{
			name: "root answers 404", authPath: "", rootPattern: "GET /{$}", status: http.StatusNotFound,
			body:    `{"error": {"code": 404, "title": "Not Found", "message": "The resource could not be found."}}`,
			wantErr: gophercloud.ErrNotFound, wantText: "discovering identity versions",
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			th := testhelper.Setup(t)
			var discoveries, v3, v2 atomic.Int32
			if tc.rootPattern != "" {
				th.HandleNoAuth(tc.rootPattern, func(w http.ResponseWriter, r *http.Request) {
					discoveries.Add(1)
					testhelper.TestHeaderUnset(t, r, "X-Auth-Token")
					testhelper.WriteJSON(w, tc.status, replaceURL(tc.body, th.URL))
				})
			}
			prefix := tc.prefix
			th.HandleNoAuth("POST "+prefix+"/v3/auth/tokens", func(w http.ResponseWriter, r *http.Request) {
				v3.Add(1)
				w.Header().Set("X-Subject-Token", "gAAAAA-v3")
				testhelper.WriteJSON(w, http.StatusCreated, replaceURL(keystoneV3Token, th.URL))
			})
			th.HandleNoAuth("POST "+prefix+"/v2.0/tokens", func(w http.ResponseWriter, r *http.Request) {
				v2.Add(1)
				testhelper.WriteJSON(w, http.StatusOK, replaceURL(replaceToken(keystoneV2Access, "gAAAAA-v2"), th.URL))
			})

			p, err := openstack.NewClient(th.URL + tc.authPath)
			require.NoError(t, err)
			p.HTTPClient = th.Client()
			err = openstack.Authenticate(t.Context(), p, gophercloud.AuthOptions{Username: "demo", Password: "demosecret", DomainName: "Default", TenantName: "demo"})

			if tc.rootPattern != "" {
				assert.Equal(t, int32(1), discoveries.Load(), "one discovery request")
			}
			switch tc.wantVersion {
			case "v3":
				require.NoError(t, err)
				assert.Equal(t, [2]int32{1, 0}, [2]int32{v3.Load(), v2.Load()})
				assert.Equal(t, "gAAAAA-v3", p.Token())
				assert.IsType(t, tokens3.CreateResult{}, p.AuthResult())
				assert.Equal(t, th.URL+prefix+"/v3/", p.IdentityEndpoint, "IdentityEndpoint is the versioned URL")
			case "v2.0":
				require.NoError(t, err)
				assert.Equal(t, [2]int32{0, 1}, [2]int32{v3.Load(), v2.Load()})
				assert.Equal(t, "gAAAAA-v2", p.Token())
				assert.IsType(t, tokens2.CreateResult{}, p.AuthResult())
				assert.Equal(t, th.URL+prefix+"/v2.0/", p.IdentityEndpoint)
			default:
				require.Error(t, err)
				assert.ErrorIs(t, err, tc.wantErr)
				assert.Contains(t, err.Error(), tc.wantText)
				assert.Zero(t, v3.Load()+v2.Load(), "no token request after a failed discovery")
				assert.Empty(t, p.Token())
				assert.Nil(t, p.EndpointLocator)
			}
		})
	}
}

func TestAuthenticatedClientEndToEnd(t *testing.T) {
	k := newKeystoneFake("")
	t.Cleanup(k.Close)

	p, err := openstack.AuthenticatedClient(t.Context(), gophercloud.AuthOptions{
		IdentityEndpoint: k.URL, // unversioned: discovered
		Username:         "demo", Password: "demosecret", DomainName: "Default", TenantName: "demo",
	})
	require.NoError(t, err)
	assert.Equal(t, int32(1), k.V3Auths.Load())
	assert.True(t, k.Valid(p.Token()))
	assert.Equal(t, "2099-01-01T00:00:00Z", p.TokenExpiresAt().UTC().Format("2006-01-02T15:04:05Z"))
	assert.Nil(t, p.ReauthFunc, "AllowReauth is off")

	eo := gophercloud.EndpointOpts{Region: "RegionOne"}
	cases := []struct {
		name         string
		newFn        func(*gophercloud.ProviderClient, gophercloud.EndpointOpts) (*gophercloud.ServiceClient, error)
		wantType     string
		wantEndpoint string
		wantBase     string // ResourceBaseURL
	}{
		{"compute", openstack.NewComputeV2, "compute", "/compute/v2.1/", "/compute/v2.1/"},
		{"network adds v2.0", openstack.NewNetworkV2, "network", "/network/", "/network/v2.0/"},
		{"image adds v2", openstack.NewImageV2, "image", "/image/", "/image/v2/"},
		{"block storage falls back to volumev3", openstack.NewBlockStorageV3, "volumev3", "/volume/v3/" + keystoneProjectID + "/", "/volume/v3/" + keystoneProjectID + "/"},
		{"object storage", openstack.NewObjectStorageV1, "object-store", "/object-store/v1/AUTH_" + keystoneProjectID + "/", "/object-store/v1/AUTH_" + keystoneProjectID + "/"},
		{"identity v3 already versioned", openstack.NewIdentityV3, "identity", "/v3/", "/v3/"},
		{"placement", openstack.NewPlacementV1, "placement", "/placement/", "/placement/"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			sc, err := tc.newFn(p, eo)
			require.NoError(t, err)
			assert.Equal(t, tc.wantType, sc.Type)
			assert.Equal(t, k.URL+tc.wantEndpoint, sc.Endpoint)
			assert.Equal(t, k.URL+tc.wantBase, sc.ResourceBaseURL())
			assert.Same(t, p, sc.ProviderClient)
		})
	}

	t.Run("internal interface", func(t *testing.T) {
		sc, err := openstack.NewComputeV2(p, gophercloud.EndpointOpts{Availability: gophercloud.AvailabilityInternal})
		require.NoError(t, err)
		assert.Equal(t, "http://10.0.0.10:8774/v2.1/", sc.Endpoint)
	})
	t.Run("unknown region", func(t *testing.T) {
		_, err := openstack.NewComputeV2(p, gophercloud.EndpointOpts{Region: "RegionTwo"})
		assert.ErrorIs(t, err, gophercloud.ErrEndpointNotFound)
		assert.Contains(t, err.Error(), `region="RegionTwo"`)
	})
	t.Run("the token works on the compute endpoint", func(t *testing.T) {
		compute, err := openstack.NewComputeV2(p, eo)
		require.NoError(t, err)
		type server struct{ ID, Name string }
		servers, err := gophercloud.ExtractSlice[server](compute.Get(t.Context(), compute.ServiceURL("servers"), nil), "servers")
		require.NoError(t, err)
		require.Len(t, servers, 1)
		assert.Equal(t, "web-1", servers[0].Name)
	})
}

func TestAuthenticatedClientV2Catalog(t *testing.T) {
	k := newKeystoneFake(keystoneVersionDoc([3]string{"v2.0", "stable", "{{URL}}/v2.0/"}))
	t.Cleanup(k.Close)
	p, err := openstack.AuthenticatedClient(t.Context(), gophercloud.AuthOptions{
		IdentityEndpoint: k.URL + "/", Username: "demo", Password: "demosecret", TenantName: "demo",
	})
	require.NoError(t, err)
	assert.Equal(t, [2]int32{0, 1}, [2]int32{k.V3Auths.Load(), k.V2Auths.Load()})

	compute, err := openstack.NewComputeV2(p, gophercloud.EndpointOpts{})
	require.NoError(t, err)
	assert.Equal(t, k.URL+"/compute/v2.1/", compute.Endpoint)
	network, err := openstack.NewNetworkV2(p, gophercloud.EndpointOpts{Availability: gophercloud.AvailabilityAdmin})
	require.NoError(t, err)
	assert.Equal(t, k.URL+"/network/v2.0/", network.ResourceBaseURL())
	identity, err := openstack.NewIdentityV2(p, gophercloud.EndpointOpts{})
	require.NoError(t, err)
	assert.Equal(t, k.URL+"/v2.0/", identity.ResourceBaseURL())
	_, err = openstack.NewImageV2(p, gophercloud.EndpointOpts{})
	assert.ErrorIs(t, err, gophercloud.ErrServiceNotFound)
}

func TestNewServiceClientNeedsAuthentication(t *testing.T) {
	p, err := openstack.NewClient("http://127.0.0.1:5000/v3")
	require.NoError(t, err)
	_, err = openstack.NewComputeV2(p, gophercloud.EndpointOpts{})
	assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
	assert.Contains(t, err.Error(), "Authenticate")

	_, err = openstack.NewComputeV2(nil, gophercloud.EndpointOpts{})
	assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
}

// The NewXxx functions over a static catalog: which type each asks for,
// and the version each appends.
func TestNewServiceClients(t *testing.T) {
	catalog := &tokens3.ServiceCatalog{Entries: []tokens3.CatalogEntry{
		{Type: "block-storage", Name: "cinder", Endpoints: []tokens3.Endpoint{{Interface: "public", RegionID: "RegionOne", URL: "http://127.0.0.1:8776/v3/p1"}}},
		{Type: "volumev3", Name: "cinderv3", Endpoints: []tokens3.Endpoint{{Interface: "public", RegionID: "RegionOne", URL: "http://127.0.0.1:8776/v3/p1-legacy"}}},
		{Type: "image", Name: "glance", Endpoints: []tokens3.Endpoint{{Interface: "public", RegionID: "RegionOne", URL: "http://127.0.0.1:9292/v2/"}}},
		{Type: "network", Name: "neutron", Endpoints: []tokens3.Endpoint{{Interface: "public", RegionID: "RegionOne", URL: "http://127.0.0.1:9696/v2.0"}}},
		{Type: "identity", Name: "keystone", Endpoints: []tokens3.Endpoint{{Interface: "public", RegionID: "RegionOne", URL: "http://127.0.0.1/identity"}}},
	}}
	p := gophercloud.NewProviderClient()
	p.EndpointLocator = func(eo gophercloud.EndpointOpts) (string, error) { return openstack.V3EndpointURL(catalog, eo) }

	cases := []struct {
		name     string
		newFn    func(*gophercloud.ProviderClient, gophercloud.EndpointOpts) (*gophercloud.ServiceClient, error)
		eo       gophercloud.EndpointOpts
		wantType string
		wantBase string
		wantErr  error
	}{
		{"block-storage preferred over volumev3", openstack.NewBlockStorageV3, gophercloud.EndpointOpts{}, "block-storage", "http://127.0.0.1:8776/v3/p1/", nil},
		{"an explicit type wins", openstack.NewBlockStorageV3, gophercloud.EndpointOpts{Type: "volumev3"}, "volumev3", "http://127.0.0.1:8776/v3/p1-legacy/", nil},
		{"versioned image URL kept", openstack.NewImageV2, gophercloud.EndpointOpts{}, "image", "http://127.0.0.1:9292/v2/", nil},
		{"versioned network URL kept", openstack.NewNetworkV2, gophercloud.EndpointOpts{}, "network", "http://127.0.0.1:9696/v2.0/", nil},
		{"unversioned identity gets v3", openstack.NewIdentityV3, gophercloud.EndpointOpts{}, "identity", "http://127.0.0.1/identity/v3/", nil},
		{"unversioned identity gets v2.0", openstack.NewIdentityV2, gophercloud.EndpointOpts{}, "identity", "http://127.0.0.1/identity/v2.0/", nil},
		{"service missing", openstack.NewComputeV2, gophercloud.EndpointOpts{}, "", "", gophercloud.ErrServiceNotFound},
		{"bad interface", openstack.NewImageV2, gophercloud.EndpointOpts{Availability: "private"}, "", "", gophercloud.ErrInvalidOptions},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			sc, err := tc.newFn(p, tc.eo)
			if tc.wantErr != nil {
				assert.ErrorIs(t, err, tc.wantErr)
				assert.Nil(t, sc)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.wantType, sc.Type)
			assert.Equal(t, tc.wantBase, sc.ResourceBaseURL())
		})
	}
}

func TestReauth(t *testing.T) {
	for _, version := range []string{"/v3", "/v2.0"} {
		t.Run(version, func(t *testing.T) {
			k := newKeystoneFake("")
			t.Cleanup(k.Close)
			auths := func() int32 { return k.V3Auths.Load() + k.V2Auths.Load() }
			p, err := openstack.AuthenticatedClient(t.Context(), gophercloud.AuthOptions{
				IdentityEndpoint: k.URL + version,
				Username:         "demo", Password: "demosecret", DomainName: "Default", TenantName: "demo",
				AllowReauth: true,
			})
			require.NoError(t, err)
			require.NotNil(t, p.ReauthFunc, "AllowReauth installs a ReauthFunc")
			compute, err := openstack.NewComputeV2(p, gophercloud.EndpointOpts{})
			require.NoError(t, err)
			first := p.Token()
			require.Equal(t, int32(1), auths())

			k.Revoke(first)
			r := compute.Get(t.Context(), compute.ServiceURL("servers"), nil)
			require.NoError(t, r.Err)
			assert.Equal(t, int32(2), auths(), "exactly one re-authentication")
			assert.Equal(t, int32(2), k.ComputeCalls.Load(), "the 401 and the replay")
			assert.NotEqual(t, first, p.Token())
			assert.True(t, k.Valid(p.Token()))

			// Many callers hitting the same expired token share one re-authentication.
			k.Revoke(p.Token())
			var wg sync.WaitGroup
			errs := make(chan error, 8)
			for range 8 {
				wg.Add(1)
				go func() {
					defer wg.Done()
					errs <- compute.Get(t.Context(), compute.ServiceURL("servers"), nil).Err
				}()
			}
			wg.Wait()
			close(errs)
			for err := range errs {
				assert.NoError(t, err)
			}
			assert.Equal(t, int32(3), auths(), "concurrent 401s share one re-authentication")

			// When Keystone refuses the stored credentials, the caller learns why.
			k.Revoke(p.Token())
			k.RejectAuth.Store(true)
			err = compute.Get(t.Context(), compute.ServiceURL("servers"), nil).Err
			require.Error(t, err)
			assert.ErrorIs(t, err, gophercloud.ErrReauthFailed)
			assert.ErrorIs(t, err, gophercloud.ErrUnauthorized)
			assert.Equal(t, int32(4), auths(), "one failed re-authentication, no loop")
		})
	}
}

func TestNoReauthWithoutAllowReauth(t *testing.T) {
	k := newKeystoneFake("")
	t.Cleanup(k.Close)
	p, err := openstack.AuthenticatedClient(t.Context(), gophercloud.AuthOptions{
		IdentityEndpoint: k.URL + "/v3", UserID: "ee4dfb6e5540447cb3741905149d9b6e", Password: "demosecret", TenantID: keystoneProjectID,
	})
	require.NoError(t, err)
	assert.Nil(t, p.ReauthFunc)
	compute, err := openstack.NewComputeV2(p, gophercloud.EndpointOpts{})
	require.NoError(t, err)

	k.Revoke(p.Token())
	err = compute.Get(t.Context(), compute.ServiceURL("servers"), nil).Err
	require.Error(t, err)
	assert.True(t, errors.Is(err, gophercloud.ErrUnauthorized), "the 401 is returned as is: %v", err)
	assert.False(t, errors.Is(err, gophercloud.ErrReauthFailed))
	assert.Contains(t, err.Error(), "GET "+k.URL+"/compute/v2.1/servers")
	assert.Contains(t, err.Error(), "requires authentication")
	assert.Equal(t, int32(1), k.V3Auths.Load(), "no re-authentication")
	assert.Equal(t, int32(1), k.ComputeCalls.Load())
}

func TestAuthenticateWrongPassword(t *testing.T) {
	k := newKeystoneFake("")
	t.Cleanup(k.Close)
	k.RejectAuth.Store(true)
	p, err := openstack.AuthenticatedClient(t.Context(), gophercloud.AuthOptions{
		IdentityEndpoint: k.URL + "/v3", Username: "demo", Password: "wrong", DomainID: "default",
	})
	require.Error(t, err)
	assert.Nil(t, p)
	assert.ErrorIs(t, err, gophercloud.ErrUnauthorized)
	assert.Contains(t, err.Error(), "POST "+k.URL+"/v3/auth/tokens")
	assert.NotContains(t, err.Error(), "wrong", "the password never appears in an error")
}

func TestAuthenticateBadOptionsSendNothing(t *testing.T) {
	k := newKeystoneFake("")
	t.Cleanup(k.Close)
	_, err := openstack.AuthenticatedClient(t.Context(), gophercloud.AuthOptions{
		IdentityEndpoint: k.URL + "/v3", Username: "demo", Password: "x", // no domain
	})
	assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
	assert.Zero(t, k.V3Auths.Load())
}

func replaceURL(s, url string) string { return strings.ReplaceAll(s, "{{URL}}", url) }

func replaceToken(s, tok string) string { return strings.ReplaceAll(s, "{{TOKEN}}", tok) }
