// Package swifttest holds what the Object Storage unit tests share on top
// of testhelper: Swift's /info document and a way to hide it.
package swifttest

import (
	"io"
	"net/http"
	"strings"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/internal"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// InfoJSON is a trimmed /info of Swift 2.30 with bulk, slo, dlo and
// tempurl, as GET /info returns it.
const InfoJSON = `{
  "swift": {"version": "2.30.1", "max_file_size": 5368709122, "container_listing_limit": 10000},
  "bulk_delete": {"max_deletes_per_request": 10000, "max_failed_deletes": 1000},
  "slo": {"max_manifest_segments": 1000, "max_manifest_size": 8388608, "min_segment_size": 1},
  "dlo": {"max_segments": 10000},
  "tempurl": {"methods": ["GET", "HEAD", "PUT", "POST", "DELETE"], "allowed_digests": ["sha1", "sha256", "sha512"]}
}`

// HandleInfo serves info as the cluster's /info (no token, as Swift).
func HandleInfo(th *testhelper.Server, info string) { HandleInfoAt(th, "/info", info) }

// HandleInfoAt is HandleInfo for a cluster behind a proxy prefix
// ("/swift/info" for an endpoint ending in "/swift/v1/AUTH_x/").
func HandleInfoAt(th *testhelper.Server, path, info string) {
	th.HandleNoAuth("GET "+path, func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusOK, info)
	})
}

// WithoutInfo makes c see a cluster that hides /info (404) without
// asking the server, for tests whose server they do not control, such as
// testhelper.CheckFailures's.
func WithoutInfo(c *gophercloud.ServiceClient) *gophercloud.ServiceClient {
	internal.ForgetCapabilities(c)
	hc := *c.HTTPClient
	next := hc.Transport
	if next == nil {
		next = http.DefaultTransport
	}
	hc.Transport = roundTripper(func(r *http.Request) (*http.Response, error) {
		if r.Method == http.MethodGet && strings.HasSuffix(r.URL.Path, "/info") {
			return &http.Response{
				StatusCode: http.StatusNotFound, Status: "404 Not Found", Proto: "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1,
				Header: http.Header{}, Body: io.NopCloser(strings.NewReader("")), Request: r,
			}, nil
		}
		return next.RoundTrip(r)
	})
	c.HTTPClient = &hc
	return c
}

type roundTripper func(*http.Request) (*http.Response, error)

func (f roundTripper) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }
