package openstack_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Version documents written from the Compute and Block Storage API
// references ("Show details of specific API version", "List All Major
// Versions") and the Placement API reference ("List Versions").

// novaVersionJSON is GET /v2.1/ on Nova (Zed); %s is the server URL.
const novaVersionJSON = `{
  "version": {
    "id": "v2.1",
    "links": [
      {"href": "%sv2.1/", "rel": "self"},
      {"href": "http://docs.openstack.org/", "rel": "describedby", "type": "text/html"}
    ],
    "media-types": [
      {"base": "application/json", "type": "application/vnd.openstack.compute+json;version=2.1"}
    ],
    "min_version": "2.1",
    "status": "CURRENT",
    "updated": "2013-07-23T11:33:21Z",
    "version": "2.93"
  }
}`

// novaVersionsJSON is GET / on Nova: the legacy v2.0 API and v2.1.
const novaVersionsJSON = `{
  "versions": [
    {
      "id": "v2.0",
      "links": [{"href": "%sv2/", "rel": "self"}],
      "min_version": "",
      "status": "SUPPORTED",
      "updated": "2011-01-21T11:33:21Z",
      "version": ""
    },
    {
      "id": "v2.1",
      "links": [{"href": "%sv2.1/", "rel": "self"}],
      "min_version": "2.1",
      "status": "CURRENT",
      "updated": "2013-07-23T11:33:21Z",
      "version": "2.93"
    }
  ]
}`

// novaLegacyVersionJSON is GET /v2/ on Nova: no microversions.
const novaLegacyVersionJSON = `{
  "version": {
    "id": "v2.0",
    "links": [{"href": "%sv2/", "rel": "self"}],
    "min_version": "",
    "status": "SUPPORTED",
    "updated": "2011-01-21T11:33:21Z",
    "version": ""
  }
}`

// cinderVersionsJSON is GET /v3/ on Cinder (Zed).
const cinderVersionsJSON = `{
  "versions": [
    {
      "id": "v3.0",
      "links": [
        {"href": "https://docs.openstack.org/", "rel": "describedby", "type": "text/html"},
        {"href": "%sv3/", "rel": "self"}
      ],
      "media-types": [{"base": "application/json", "type": "application/vnd.openstack.volume+json;version=3"}],
      "min_version": "3.0",
      "status": "CURRENT",
      "updated": "2022-08-31T00:00:00Z",
      "version": "3.70"
    }
  ]
}`

// placementVersionsJSON is GET / on Placement (Zed).
const placementVersionsJSON = `{
  "versions": [
    {
      "id": "v1.0",
      "max_version": "1.39",
      "min_version": "1.0",
      "status": "CURRENT",
      "links": [{"href": "", "rel": "self"}]
    }
  ]
}`

// serveDoc answers pattern with doc (%s replaced by the server URL) and
// checks that discovery sends no microversion header.
func serveDoc(t *testing.T, th *testhelper.Server, pattern string, status int, doc string) {
	th.Handle(pattern, func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestHeaderUnset(t, r, "X-OpenStack-Nova-API-Version")
		testhelper.TestHeaderUnset(t, r, "OpenStack-API-Version")
		testhelper.WriteJSON(w, status, strings.ReplaceAll(doc, "%s", th.Endpoint()))
	})
}

func notFound(th *testhelper.Server, pattern string) {
	th.HandleJSON(pattern, http.StatusNotFound, testhelper.Fault("itemNotFound", 404, "The resource could not be found."))
}

func TestParseMicroversion(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want openstack.Microversion
		ok   bool
	}{
		{"2.1", openstack.Microversion{Major: 2, Minor: 1}, true},
		{"2.79", openstack.Microversion{Major: 2, Minor: 79}, true},
		{" 3.70 ", openstack.Microversion{Major: 3, Minor: 70}, true},
		{"1.0", openstack.Microversion{Major: 1, Minor: 0}, true},
		{"", openstack.Microversion{}, false},
		{"2", openstack.Microversion{}, false},
		{"latest", openstack.Microversion{}, false},
		{"2.x", openstack.Microversion{}, false},
		{"v2.1", openstack.Microversion{}, false},
		{"2.-1", openstack.Microversion{}, false},
		{"2.+1", openstack.Microversion{}, false},
		{"2.79.1", openstack.Microversion{}, false},
		{".5", openstack.Microversion{}, false},
		{"99999999999999999999.1", openstack.Microversion{}, false},
	} {
		t.Run(tc.in, func(t *testing.T) {
			got, err := openstack.ParseMicroversion(tc.in)
			if !tc.ok {
				require.Error(t, err)
				assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
			assert.Equal(t, strings.TrimSpace(tc.in), got.String())
		})
	}
}

func TestMicroversionOrder(t *testing.T) {
	v := func(s string) openstack.Microversion {
		m, err := openstack.ParseMicroversion(s)
		require.NoError(t, err)
		return m
	}
	assert.True(t, v("2.9").Less(v("2.10")), "numeric, not lexical")
	assert.True(t, v("2.93").Less(v("3.0")))
	assert.False(t, v("2.10").Less(v("2.10")))
	assert.False(t, v("3.0").Less(v("2.93")))

	r := openstack.SupportedMicroversions{Min: v("2.1"), Max: v("2.93")}
	for s, want := range map[string]bool{"2.1": true, "2.79": true, "2.93": true, "2.94": false, "2.0": false, "3.1": false, "1.50": false} {
		assert.Equal(t, want, r.Supports(v(s)), s)
	}
	assert.Equal(t, "2.1 to 2.93", r.String())
}

func TestGetSupportedMicroversions(t *testing.T) {
	type doc struct {
		pattern string
		status  int // 404 answers with a fault
		body    string
	}
	for _, tc := range []struct {
		name     string
		endpoint string
		docs     []doc
		min, max string
	}{
		{"nova versioned endpoint", "v2.1/", []doc{{"GET /v2.1/{$}", 200, novaVersionJSON}}, "2.1", "2.93"},
		{"nova endpoint without slash", "v2.1", []doc{{"GET /v2.1/{$}", 200, novaVersionJSON}}, "2.1", "2.93"},
		{"nova endpoint with project id", "v2.1/6f70656e737461636b20342065766572/", []doc{
			{"GET /v2.1/6f70656e737461636b20342065766572/{$}", 404, ""},
			{"GET /v2.1/{$}", 200, novaVersionJSON},
		}, "2.1", "2.93"},
		{"nova root list picks the endpoint's version", "v2.1/", []doc{
			{"GET /v2.1/{$}", 404, ""},
			{"GET /{$}", 300, novaVersionsJSON},
		}, "2.1", "2.93"},
		{"cinder endpoint with project id", "v3/6f70656e737461636b20342065766572", []doc{
			{"GET /v3/6f70656e737461636b20342065766572/{$}", 404, ""},
			{"GET /v3/{$}", 200, cinderVersionsJSON},
		}, "3.0", "3.70"},
		{"placement root, max_version", "", []doc{{"GET /{$}", 200, placementVersionsJSON}}, "1.0", "1.39"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			th := testhelper.Setup(t)
			for _, d := range tc.docs {
				if d.status == http.StatusNotFound {
					notFound(th, d.pattern)
					continue
				}
				serveDoc(t, th, d.pattern, d.status, d.body)
			}
			c := th.ServiceClient()
			c.Type, c.Endpoint, c.Microversion = "compute", th.Endpoint()+tc.endpoint, "2.42"
			got, err := openstack.GetSupportedMicroversions(t.Context(), c)
			require.NoError(t, err)
			assert.Equal(t, tc.min, got.Min.String())
			assert.Equal(t, tc.max, got.Max.String())
			assert.Equal(t, "2.42", c.Microversion, "discovery leaves the client alone")
		})
	}
}

func TestGetSupportedMicroversionsErrors(t *testing.T) {
	for _, tc := range []struct {
		name     string
		endpoint string
		setup    func(*testing.T, *testhelper.Server)
		want     error
		text     string
	}{
		{"legacy v2.0 API", "v2/", func(t *testing.T, th *testhelper.Server) {
			serveDoc(t, th, "GET /v2/{$}", 200, novaLegacyVersionJSON)
		}, openstack.ErrMicroversionUnsupported, "API v2.0"},
		{"nothing anywhere", "v9/p/", func(t *testing.T, th *testhelper.Server) {
			notFound(th, "GET /")
		}, openstack.ErrMicroversionUnsupported, "no version document"},
		{"bad version string", "v2.1/", func(t *testing.T, th *testhelper.Server) {
			serveDoc(t, th, "GET /v2.1/{$}", 200, `{"version": {"id": "v2.1", "min_version": "2.1", "version": "2.x"}}`)
		}, gophercloud.ErrMalformedResponse, "version of"},
		{"inverted range", "v2.1/", func(t *testing.T, th *testhelper.Server) {
			serveDoc(t, th, "GET /v2.1/{$}", 200, `{"version": {"id": "v2.1", "min_version": "2.10", "version": "2.9"}}`)
		}, gophercloud.ErrMalformedResponse, "down to"},
		{"two current versions, none linked", "x/", func(t *testing.T, th *testhelper.Server) {
			notFound(th, "GET /x/{$}")
			serveDoc(t, th, "GET /{$}", 300, `{"versions": [{"id": "a", "status": "CURRENT", "min_version": "1.0", "version": "1.2"},
			  {"id": "b", "status": "CURRENT", "min_version": "2.0", "version": "2.2"}]}`)
		}, gophercloud.ErrMalformedResponse, "answered with something else"},
		{"html pages", "v2.1/", func(t *testing.T, th *testhelper.Server) {
			th.Handle("GET /", func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", "text/html")
				fmt.Fprint(w, "<html><body>It works!</body></html>")
			})
		}, gophercloud.ErrMalformedResponse, "answered with something else"},
		{"unauthorized stops at once", "v2.1/p/", func(t *testing.T, th *testhelper.Server) {
			th.HandleJSON("GET /v2.1/p/{$}", http.StatusUnauthorized, `{"error": {"code": 401, "message": "The request you have made requires authentication."}}`)
		}, gophercloud.ErrUnauthorized, "requires authentication"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			th := testhelper.Setup(t)
			tc.setup(t, th)
			c := th.ServiceClient()
			c.Endpoint = th.Endpoint() + tc.endpoint
			_, err := openstack.GetSupportedMicroversions(t.Context(), c)
			require.Error(t, err)
			assert.ErrorIs(t, err, tc.want)
			assert.ErrorContains(t, err, tc.text)
		})
	}
}

func TestGetSupportedMicroversionsBadClient(t *testing.T) {
	_, err := openstack.GetSupportedMicroversions(t.Context(), nil)
	assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
	_, err = openstack.GetSupportedMicroversions(t.Context(), &gophercloud.ServiceClient{ProviderClient: gophercloud.NewProviderClient(), Endpoint: "not a url"})
	assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
}

func TestGetSupportedMicroversionsFailures(t *testing.T) {
	// The endpoint is the root, so there is nothing above it to try.
	testhelper.CheckFailures(t, "GET /{$}", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := openstack.GetSupportedMicroversions(ctx, c)
		return err
	})
}

func TestRequireMicroversion(t *testing.T) {
	for _, tc := range []struct {
		name    string
		want    string
		set     string
		wantErr error
		text    string
	}{
		{"supported", "2.79", "2.79", nil, ""},
		{"lowest", "2.1", "2.1", nil, ""},
		{"highest", "2.93", "2.93", nil, ""},
		{"too new", "2.96", "", openstack.ErrMicroversionUnsupported, "needs microversion 2.96, but the cloud supports 2.1 to 2.93 (max 2.93)"},
		{"other major", "3.0", "", openstack.ErrMicroversionUnsupported, "max 2.93"},
		{"not a version", "latest", "", gophercloud.ErrInvalidOptions, "MAJOR.MINOR"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			th := testhelper.Setup(t)
			serveDoc(t, th, "GET /v2.1/{$}", 200, novaVersionJSON)
			c := th.ServiceClient()
			c.Type, c.Endpoint = "compute", th.Endpoint()+"v2.1/"
			got, err := openstack.RequireMicroversion(t.Context(), c, tc.want)
			assert.Empty(t, c.Microversion, "the shared client is never changed")
			if tc.wantErr != nil {
				assert.ErrorIs(t, err, tc.wantErr)
				assert.ErrorContains(t, err, tc.text)
				assert.Nil(t, got)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.set, got.Microversion)
		})
	}
}

func TestRequireMicroversionDiscoveryError(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /v2.1/{$}", http.StatusServiceUnavailable, testhelper.Fault("serviceUnavailable", 503, "nova-api is restarting"))
	c := th.ServiceClient()
	c.Endpoint = th.Endpoint() + "v2.1/"
	c.ProviderClient.Retry = gophercloud.RetryPolicy{}
	_, err := openstack.RequireMicroversion(t.Context(), c, "2.79")
	assert.ErrorIs(t, err, gophercloud.ErrServiceUnavailable)
	assert.ErrorContains(t, err, "nova-api is restarting")
	assert.Empty(t, c.Microversion)
}

// Check that the cloud's Compute API is recent enough for a feature, and
// get a client that uses that microversion; the original is unchanged.
func ExampleRequireMicroversion() {
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	defer srv.Close()
	mux.HandleFunc("GET /v2.1/", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusOK, strings.ReplaceAll(novaVersionJSON, "%s", srv.URL+"/"))
	})
	provider := gophercloud.NewProviderClient()
	provider.SetToken(testhelper.TokenID)
	compute := &gophercloud.ServiceClient{ProviderClient: provider, Endpoint: srv.URL + "/v2.1/", Type: "compute"}
	ctx := context.Background()

	supported, err := openstack.GetSupportedMicroversions(ctx, compute)
	fmt.Println("supported:", supported, err)

	// delete_on_termination of volume attachments needs 2.79.
	compute279, err := openstack.RequireMicroversion(ctx, compute, "2.79")
	fmt.Printf("using %s (the original: %q) %v\n", compute279.Microversion, compute.Microversion, err)

	_, err = openstack.RequireMicroversion(ctx, compute, "2.100")
	fmt.Println("2.100 refused:", errors.Is(err, openstack.ErrMicroversionUnsupported))
	// Output:
	// supported: 2.1 to 2.93 <nil>
	// using 2.79 (the original: "") <nil>
	// 2.100 refused: true
}
