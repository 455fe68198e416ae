package openstack_test

import (
	"bytes"
	"errors"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack"
	tokens2 "github.com/cloudsdk/gophercloud/openstack/identity/v2/tokens"
	tokens3 "github.com/cloudsdk/gophercloud/openstack/identity/v3/tokens"
)

// lookupErrors are the only errors a catalog lookup may return.
var lookupErrors = []error{gophercloud.ErrServiceNotFound, gophercloud.ErrEndpointNotFound, gophercloud.ErrMultipleEndpoints, gophercloud.ErrInvalidOptions}

func checkLookup(t *testing.T, got string, err error, candidates []string) {
	t.Helper()
	if err != nil {
		for _, want := range lookupErrors {
			if errors.Is(err, want) {
				return
			}
		}
		t.Fatalf("lookup error %v is none of the documented ones", err)
	}
	if !strings.HasSuffix(got, "/") {
		t.Fatalf("endpoint %q does not end in /", got)
	}
	for _, c := range candidates {
		if c != "" && (got == c || got == c+"/") {
			return
		}
	}
	t.Fatalf("endpoint %q is not in the catalog", got)
}

// FuzzV3EndpointURL decodes arbitrary bytes as a v3 token body and looks
// an endpoint up in its catalog: never a panic, only documented errors,
// and an answer always comes from the catalog.
func FuzzV3EndpointURL(f *testing.F) {
	body := strings.ReplaceAll(keystoneV3Token, "{{URL}}", "http://127.0.0.1:8080")
	f.Add([]byte(body), "compute", "", "RegionOne", "public")
	f.Add([]byte(body), "network", "neutron", "", "")
	f.Add([]byte(body), "compute", "", "", "internal")
	f.Add([]byte(body), "object-store", "swift", "RegionTwo", "admin")
	f.Add([]byte(body), "compute", "", "", "publicURL")
	f.Add([]byte(`{"token": {"catalog": [{"type": "compute", "endpoints": [
		{"interface": "public", "region_id": "r1", "url": "http://a/"},
		{"interface": "public", "region_id": "r2", "url": "http://b/"},
		{"interface": "public", "region": "r1", "url": ""}]}]}}`), "compute", "", "", "")
	f.Add([]byte(`{"token": {"catalog": null}}`), "compute", "", "", "")
	f.Add([]byte(`{"token": {"catalog": [{"type": "compute", "endpoints": null}, null]}}`), "compute", "", "", "")
	f.Add([]byte(`{"token": {"catalog": [{"type": 1}]}}`), "", "", "", "")

	f.Fuzz(func(t *testing.T, body []byte, typ, name, region, iface string) {
		var r tokens3.CreateResult
		r.Body = body
		r.Header = http.Header{"X-Subject-Token": {"t"}}
		catalog, err := r.ExtractCatalog()
		if err != nil {
			if !errors.Is(err, gophercloud.ErrMalformedResponse) {
				t.Fatalf("ExtractCatalog error %v is not ErrMalformedResponse", err)
			}
			return
		}
		var candidates []string
		for _, e := range catalog.Entries {
			for _, ep := range e.Endpoints {
				candidates = append(candidates, ep.URL)
			}
		}
		opts := gophercloud.EndpointOpts{Type: typ, Name: name, Region: region, Availability: gophercloud.Availability(iface)}
		got, err := openstack.V3EndpointURL(catalog, opts)
		checkLookup(t, got, err, candidates)

		// The same catalog behind a provider: NewServiceClient agrees.
		p := gophercloud.NewProviderClient()
		p.EndpointLocator = func(eo gophercloud.EndpointOpts) (string, error) { return openstack.V3EndpointURL(catalog, eo) }
		if typ != "" {
			sc, err2 := openstack.NewServiceClient(p, opts)
			if (err == nil) != (err2 == nil) || (err == nil && sc.Endpoint != got) {
				t.Fatalf("NewServiceClient = %v, %v; V3EndpointURL = %q, %v", sc, err2, got, err)
			}
		}
	})
}

// FuzzV2EndpointURL is FuzzV3EndpointURL for v2.0 access documents.
func FuzzV2EndpointURL(f *testing.F) {
	body := strings.ReplaceAll(strings.ReplaceAll(keystoneV2Access, "{{URL}}", "http://127.0.0.1:8080"), "{{TOKEN}}", "t")
	f.Add([]byte(body), "compute", "", "RegionOne", "public")
	f.Add([]byte(body), "identity", "keystone", "", "admin")
	f.Add([]byte(body), "network", "", "", "internal")
	f.Add([]byte(`{"access": {"token": {"id": "t"}, "serviceCatalog": [{"type": "compute", "endpoints": [{"region": "r", "publicURL": ""}, null]}]}}`), "compute", "", "r", "")
	f.Add([]byte(`{"access": {"token": {"id": "t"}, "serviceCatalog": null}}`), "compute", "", "", "")

	f.Fuzz(func(t *testing.T, body []byte, typ, name, region, iface string) {
		var r tokens2.CreateResult
		r.Body = body
		catalog, err := r.ExtractServiceCatalog()
		if err != nil {
			if !errors.Is(err, gophercloud.ErrMalformedResponse) {
				t.Fatalf("ExtractServiceCatalog error %v is not ErrMalformedResponse", err)
			}
			return
		}
		var candidates []string
		for _, e := range catalog.Entries {
			for _, ep := range e.Endpoints {
				candidates = append(candidates, ep.PublicURL, ep.InternalURL, ep.AdminURL)
			}
		}
		got, err := openstack.V2EndpointURL(catalog, gophercloud.EndpointOpts{Type: typ, Name: name, Region: region, Availability: gophercloud.Availability(iface)})
		checkLookup(t, got, err, candidates)
	})
}

// FuzzFaultMessage feeds arbitrary error bodies to gophercloud.FaultMessage,
// which builds the message of every *ErrUnexpectedResponseCode: it must
// never panic, must give valid UTF-8, and a body that is not a JSON fault
// must become one short line.
func FuzzFaultMessage(f *testing.F) {
	for _, seed := range []string{
		`{"itemNotFound": {"message": "Instance 7c3d3a5e could not be found.", "code": 404}}`,
		`{"badRequest": {"message": "Invalid flavorRef provided.", "code": 400}}`,
		`{"NeutronError": {"type": "NetworkNotFound", "message": "Network 3f1c could not be found.", "detail": ""}}`,
		`{"error": {"code": 401, "title": "Unauthorized", "message": "The request you have made requires authentication."}}`,
		`{"error": {"code": 404, "title": "Not Found", "message": ""}}`,
		`{"message": "No image found with ID 9a6590b2", "code": "404 Not Found", "title": "Not Found"}`,
		`{"title": "Conflict", "description": "Volume is in use."}`,
		`{"errors": [{"status": 409, "title": "Conflict", "detail": "There was a conflict when trying to complete your request."}]}`,
		`{"faultstring": "Internal Server Error"}`,
		"<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1><p>The resource could not be found.</p></body></html>",
		"<html><h1>Unauthorized</h1><p>This server could not verify that you are authorized to access the document you requested.</p></html>",
		"Account not found\r\n",
		"502 Bad Gateway\n\n\tnginx/1.25.3",
		"",
		"   ",
		`{"message": 42}`,
		`{"message": "\u00e9t\u00e9 \ud83d\ude00"}`,
		"\xff\xfe{bad utf-8}",
		`{"a": {"b": {"message": "too deep"}}}`,
		strings.Repeat("x ", 400),
	} {
		f.Add([]byte(seed))
	}

	f.Fuzz(func(t *testing.T, body []byte) {
		msg := gophercloud.FaultMessage(body)
		if !utf8.ValidString(msg) {
			t.Fatalf("FaultMessage(%q) = %q is not valid UTF-8", body, msg)
		}
		trimmed := bytes.TrimSpace(body)
		if len(trimmed) == 0 && msg != "" {
			t.Fatalf("an empty body gave %q", msg)
		}
		// Every message, from JSON or text, is one capped line.
		if strings.ContainsAny(msg, "\r\n\t") {
			t.Fatalf("FaultMessage(%q) = %q spans several lines", body, msg)
		}
		if len(msg) > 300+utf8.UTFMax+len("…") {
			t.Fatalf("FaultMessage of a %d-byte body is %d bytes long", len(body), len(msg))
		}
		// The message of an error must not change from one call to the next.
		for range 4 {
			if again := gophercloud.FaultMessage(body); again != msg {
				t.Fatalf("FaultMessage(%q) is not deterministic: %q, then %q", body, msg, again)
			}
		}
	})
}

// FuzzLoadCloud parses arbitrary clouds.yaml files: never a panic, and a
// cloud that loads gives options or a clear error.
func FuzzLoadCloud(f *testing.F) {
	for _, seed := range []string{
		"clouds:\n  mycloud:\n    auth:\n      auth_url: http://127.0.0.1:5000/v3\n      username: demo\n      password: '0123'\n      project_name: demo\n      user_domain_name: Default\n    region_name: RegionOne\n",
		"clouds:\n  mycloud:\n    auth_type: v3applicationcredential\n    auth: {auth_url: 'http://k', application_credential_id: a, application_credential_secret: s}\n",
		"base: &b {auth_url: 'http://k/v3', token: t}\nclouds:\n  mycloud:\n    auth: {<<: *b, project_id: 1e3}\n    regions: [{name: R}]\n",
		"clouds:\n  mycloud:\n    profile: vexxhost\n",
		"clouds:\n  mycloud:\n    verify: no\n    auth: [1, 2]\n",
		"clouds:\n  mycloud:\n    <<: [*x]\n",
		"clouds: {mycloud: {auth_type: v2password, identity_api_version: 2, auth: {auth_url: 'http://k', username: u, password: p, system_scope: all}}}",
		`{"clouds": {"mycloud": {"auth": {"auth_url": "http://k/v3", "user_id": 7, "password": null}}}}`,
		"clouds:\n  mycloud: !!binary aGVsbG8=\n",
		"",
	} {
		f.Add([]byte(seed))
	}
	f.Setenv("OS_CLIENT_SECURE_FILE", "")
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(t.TempDir(), "clouds.yaml")
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		cloud, err := openstack.LoadCloud("mycloud", openstack.WithPath(path))
		if err != nil {
			if cloud != nil {
				t.Fatal("LoadCloud returned a cloud with its error")
			}
			return
		}
		if cloud.Name != "mycloud" || cloud.File != path {
			t.Fatalf("cloud %q from %q", cloud.Name, cloud.File)
		}
		if opts, err := cloud.AuthOptions(); err == nil && opts.IdentityEndpoint == "" {
			t.Fatal("AuthOptions without an auth URL and without an error")
		}
		_ = cloud.EndpointOpts()
	})
}
