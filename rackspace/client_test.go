package rackspace_test

import (
	"bytes"
	"fmt"
	"log/slog"
	"net/http"
	"sync/atomic"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/rackspace"
	th "github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// accessJSON is a v2.0 access document shaped like Rackspace's: two compute
// regions, Cloud Files with its CDN, and a tenant-bound URL for each.
func accessJSON(base, token string) string {
	return fmt.Sprintf(`{
  "access": {
    "token": {
      "id": %[2]q,
      "expires": "2026-11-23T23:04:08.000-06:00",
      "tenant": {"id": "123456", "name": "123456"},
      "RAX-AUTH:authenticatedBy": ["APIKEY"]
    },
    "serviceCatalog": [
      {"name": "cloudServersOpenStack", "type": "compute", "endpoints": [
        {"region": "DFW", "tenantId": "123456", "publicURL": "%[1]sdfw/servers/v2/123456", "versionId": "2"},
        {"region": "ORD", "tenantId": "123456", "publicURL": "%[1]sord/servers/v2/123456", "versionId": "2"}]},
      {"name": "cloudFiles", "type": "object-store", "endpoints": [
        {"region": "DFW", "tenantId": "MossoCloudFS_abc", "publicURL": "%[1]sdfw/files/v1/MossoCloudFS_abc", "internalURL": "https://snet-storage101.dfw1.clouddrive.com/v1/MossoCloudFS_abc"}]},
      {"name": "cloudFilesCDN", "type": "rax:object-cdn", "endpoints": [
        {"region": "DFW", "tenantId": "MossoCloudFS_abc", "publicURL": "%[1]sdfw/cdn/v1/MossoCloudFS_abc"}]},
      {"name": "cloudBlockStorage", "type": "volume", "endpoints": [
        {"region": "DFW", "tenantId": "123456", "publicURL": "%[1]sdfw/blockstorage/v1/123456"}]},
      {"name": "cloudNetworks", "type": "network", "endpoints": [
        {"region": "DFW", "tenantId": "123456", "publicURL": "%[1]sdfw/networks/"}]}
    ],
    "user": {"id": "172157", "name": "me", "roles": [{"id": "10000150", "name": "identity:default"}], "RAX-AUTH:defaultRegion": "DFW"}
  }
}`, base, token)
}

func fakeIdentity(t *testing.T) (*th.Server, *atomic.Int64) {
	s := th.Setup(t)
	var auths atomic.Int64
	s.HandleNoAuth("POST /v2.0/tokens", func(w http.ResponseWriter, r *http.Request) {
		n := auths.Add(1)
		th.TestJSONRequest(t, r, `{"auth": {"RAX-KSKEY:apiKeyCredentials": {"username": "me", "apiKey": "0123456789abcdef"}}}`)
		th.WriteJSON(w, http.StatusOK, accessJSON(s.Endpoint(), fmt.Sprintf("token-%d", n)))
	})
	return s, &auths
}

func TestAPIKeyAuthAndCatalog(t *testing.T) {
	s, auths := fakeIdentity(t)
	p, err := rackspace.AuthenticatedClient(t.Context(), rackspace.AuthOptions{
		IdentityEndpoint: s.Endpoint() + "v2.0/", Username: "me", APIKey: "0123456789abcdef",
	})
	require.NoError(t, err)
	assert.Equal(t, "token-1", p.Token())
	assert.Equal(t, int64(1), auths.Load())
	assert.Nil(t, p.ReauthFunc, "no reauth unless AllowReauth")

	tests := []struct {
		name string
		new  func(*gophercloud.ProviderClient, gophercloud.EndpointOpts) (*gophercloud.ServiceClient, error)
		eo   gophercloud.EndpointOpts
		want string
	}{
		{"compute DFW", rackspace.NewComputeV2, gophercloud.EndpointOpts{Region: "DFW"}, "dfw/servers/v2/123456/"},
		{"compute ORD", rackspace.NewComputeV2, gophercloud.EndpointOpts{Region: "ORD"}, "ord/servers/v2/123456/"},
		{"files", rackspace.NewObjectStorageV1, gophercloud.EndpointOpts{Region: "DFW"}, "dfw/files/v1/MossoCloudFS_abc/"},
		{"cdn", rackspace.NewObjectCDNV1, gophercloud.EndpointOpts{Region: "DFW"}, "dfw/cdn/v1/MossoCloudFS_abc/"},
		{"block storage", rackspace.NewBlockStorageV1, gophercloud.EndpointOpts{Region: "DFW"}, "dfw/blockstorage/v1/123456/"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sc, err := tt.new(p, tt.eo)
			require.NoError(t, err)
			assert.Equal(t, s.Endpoint()+tt.want, sc.Endpoint)
		})
	}
	net, err := rackspace.NewNetworkV2(p, gophercloud.EndpointOpts{Region: "DFW"})
	require.NoError(t, err)
	assert.Equal(t, s.Endpoint()+"dfw/networks/v2.0/", net.ResourceBaseURL())

	_, err = rackspace.NewComputeV2(p, gophercloud.EndpointOpts{})
	require.ErrorIs(t, err, gophercloud.ErrMultipleEndpoints, "two regions and none chosen")
	_, err = rackspace.NewComputeV2(p, gophercloud.EndpointOpts{Region: "SYD"})
	require.ErrorIs(t, err, gophercloud.ErrEndpointNotFound)
}

func TestReauthWithAPIKeyAndRedaction(t *testing.T) {
	s, auths := fakeIdentity(t)
	var logs bytes.Buffer
	p, err := rackspace.NewClient(s.Endpoint() + "v2.0/")
	require.NoError(t, err)
	p.Logger = slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	require.NoError(t, rackspace.Authenticate(t.Context(), p, rackspace.AuthOptions{Username: "me", APIKey: "0123456789abcdef", AllowReauth: true}))
	s.Mux.HandleFunc("GET /dfw/servers/v2/123456/servers/detail", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Auth-Token") == "token-1" {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		th.WriteJSON(w, http.StatusOK, `{"servers": []}`)
	})
	compute, err := rackspace.NewComputeV2(p, gophercloud.EndpointOpts{Region: "DFW"})
	require.NoError(t, err)
	require.NoError(t, compute.Get(t.Context(), compute.ServiceURL("servers", "detail"), nil).Err)
	assert.Equal(t, int64(2), auths.Load())
	assert.Equal(t, "token-2", p.Token())
	assert.NotContains(t, logs.String(), "0123456789abcdef")
	assert.NotContains(t, logs.String(), "token-1")
}

func TestBadOptions(t *testing.T) {
	tests := []struct {
		name string
		opts rackspace.AuthOptions
		want string
	}{
		{"no user", rackspace.AuthOptions{APIKey: "k"}, "rackspace.AuthOptions.Username"},
		{"no secret", rackspace.AuthOptions{Username: "me"}, "APIKey"},
		{"both tenants", rackspace.AuthOptions{Username: "me", APIKey: "k", TenantID: "1", TenantName: "1"}, "TenantID"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tt.opts.ToTokenV2CreateMap()
			require.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
	body, err := rackspace.AuthOptions{Username: "me", Password: "pw", TenantName: "t"}.ToTokenV2CreateMap()
	require.NoError(t, err)
	assert.Equal(t, map[string]any{"auth": map[string]any{"passwordCredentials": map[string]any{"username": "me", "password": "pw"}, "tenantName": "t"}}, body)
}
