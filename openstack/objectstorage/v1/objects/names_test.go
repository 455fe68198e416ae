package objects_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/objects"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// escapedNames maps object names to the path Swift must receive: "/" is a
// separator (empty parts kept), everything else reserved is escaped.
var escapedNames = []struct{ name, path string }{
	{"a/b/c.txt", "/v1/AUTH_t/my%20cont/a/b/c.txt"},
	{"with space.txt", "/v1/AUTH_t/my%20cont/with%20space.txt"},
	{"question?mark", "/v1/AUTH_t/my%20cont/question%3Fmark"},
	{"hash#tag", "/v1/AUTH_t/my%20cont/hash%23tag"},
	{"100% sure", "/v1/AUTH_t/my%20cont/100%25%20sure"},
	{"plus+sign", "/v1/AUTH_t/my%20cont/plus+sign"},
	{"ünï/日本", "/v1/AUTH_t/my%20cont/%C3%BCn%C3%AF/%E6%97%A5%E6%9C%AC"},
	{"a//b", "/v1/AUTH_t/my%20cont/a//b"},
	{"/lead", "/v1/AUTH_t/my%20cont//lead"},
	{"trail/", "/v1/AUTH_t/my%20cont/trail/"},
	{"%2F", "/v1/AUTH_t/my%20cont/%252F"},
	{"semi;comma,", "/v1/AUTH_t/my%20cont/semi%3Bcomma%2C"},
	{"new\nline", "/v1/AUTH_t/my%20cont/new%0Aline"},
	// Dot segments are percent-encoded, so that no client, proxy or load
	// balancer can normalise them away to the container or the account;
	// Swift decodes them back to the name.
	{".", "/v1/AUTH_t/my%20cont/%2E"},
	{"..", "/v1/AUTH_t/my%20cont/%2E%2E"},
	{"a/../b", "/v1/AUTH_t/my%20cont/a/%2E%2E/b"},
	{"a/./b", "/v1/AUTH_t/my%20cont/a/%2E/b"},
	{"../x", "/v1/AUTH_t/my%20cont/%2E%2E/x"},
	{"x/..", "/v1/AUTH_t/my%20cont/x/%2E%2E"},
	{"...", "/v1/AUTH_t/my%20cont/..."},
}

// TestEscapedPaths sends every call for every tricky name to a bare
// server (a ServeMux would redirect "//" paths) and checks the exact
// escaped path and query it receives.
func TestEscapedPaths(t *testing.T) {
	var mu sync.Mutex
	var got []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestHeader(t, r, "X-Auth-Token", testhelper.TokenID)
		mu.Lock()
		line := r.Method + " " + r.URL.EscapedPath()
		if r.URL.RawQuery != "" {
			line += "?" + r.URL.RawQuery
		}
		if cf := r.Header.Get("X-Copy-From"); cf != "" {
			line += " from " + cf
		}
		got = append(got, line)
		mu.Unlock()
		b, _ := io.ReadAll(r.Body)
		w.Header().Set("Etag", md5hex(b))
		switch r.Method {
		case http.MethodPut:
			w.WriteHeader(http.StatusCreated)
		case http.MethodPost:
			w.WriteHeader(http.StatusAccepted)
		case http.MethodDelete:
			w.WriteHeader(http.StatusNoContent)
		}
	}))
	defer srv.Close()
	p := gophercloud.NewProviderClient()
	p.SetToken(testhelper.TokenID)
	c := &gophercloud.ServiceClient{ProviderClient: p, Endpoint: srv.URL + "/v1/AUTH_t/"}
	ctx := t.Context()

	for _, tc := range escapedNames {
		t.Run(strings.ReplaceAll(tc.name, "/", "|"), func(t *testing.T) {
			got = nil
			_, err := objects.Create(ctx, c, "my cont", tc.name, strings.NewReader("x"), objects.CreateOpts{}).Extract()
			require.NoError(t, err)
			d, err := objects.Download(ctx, c, "my cont", tc.name, objects.DownloadOpts{MultipartManifest: "get"})
			require.NoError(t, err)
			require.NoError(t, d.Close())
			_, err = objects.Get(ctx, c, "my cont", tc.name, objects.GetOpts{}).Extract()
			require.NoError(t, err)
			_, err = objects.Update(ctx, c, "my cont", tc.name, objects.UpdateOpts{}).Extract()
			require.NoError(t, err)
			_, err = objects.Copy(ctx, c, "my cont", tc.name, objects.CopyOpts{Destination: "copy/" + tc.name}).Extract()
			require.NoError(t, err)
			require.NoError(t, objects.Delete(ctx, c, "my cont", tc.name).ExtractErr())
			source := strings.TrimPrefix(tc.path, "/v1/AUTH_t")
			assert.Equal(t, []string{
				"PUT " + tc.path,
				"GET " + tc.path + "?multipart-manifest=get",
				"HEAD " + tc.path,
				"POST " + tc.path,
				"PUT /v1/AUTH_t/my%20cont/copy/" + strings.TrimPrefix(tc.path, "/v1/AUTH_t/my%20cont/") + " from " + source,
				"DELETE " + tc.path,
			}, got)
		})
	}
}
