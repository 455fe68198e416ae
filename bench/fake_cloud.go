package bench

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// The fake cloud: a Keystone, a Nova and a Swift, each its own httptest
// server on 127.0.0.1 so that connections to each can be counted. They
// share a token store: Keystone issues tokens, the others accept only
// tokens it issued and has not revoked. Responses are precomputed bytes
// wherever the content does not depend on the request.

// Fixed identities of the fake cloud, used by every variant.
const (
	ProjectID   = "8e2bd6f8c8e04b5f9c3e1f6d5a7b9c01"
	ProjectName = "bench-project"
	UserID      = "5f7c3d1e9a2b4c6d8e0f1a2b3c4d5e6f"
	UserName    = "bench-user"
	Password    = "correct-horse-battery-staple"
	DomainID    = "default"
	DomainName  = "Default"
	Region      = "RegionOne"
)

// Cloud is a running fake cloud.
type Cloud struct {
	Keystone, Nova, Swift *server

	tokens   sync.Map // token -> struct{}: valid tokens
	current  atomic.Pointer[string]
	issued   atomic.Int64
	authBody []byte // the token response, catalog included

	// Latency is added to every Swift request (B8).
	SwiftLatency time.Duration

	novaRoutes  map[string][]byte // path -> precomputed 200 body
	swiftListed map[string][]byte // marker -> listing page (B3)
	listLimit   int

	objectSize int64 // B4: size of every downloadable object

	manifests atomic.Int64 // B8: manifests received
	segments  atomic.Int64 // B8: segments received
}

// server is one fake service with its counters.
type server struct {
	*httptest.Server
	Conns    atomic.Int64 // TCP connections accepted (StateNew)
	Requests atomic.Int64
	Unauth   atomic.Int64 // 401s answered
}

func startServer(h http.Handler) *server {
	s := &server{}
	s.Server = httptest.NewUnstartedServer(h)
	s.Server.Config.ConnState = func(_ net.Conn, st http.ConnState) {
		if st == http.StateNew {
			s.Conns.Add(1)
		}
	}
	s.Server.Start()
	return s
}

// CloudOpts chooses what the fake serves beyond authentication.
type CloudOpts struct {
	// NovaRoutes maps a path below the compute endpoint ("servers/ID") to
	// the body of its 200 answer.
	NovaRoutes map[string][]byte
	// ObjectNames, when set, are the objects of container "bench" for
	// marker listings of ListLimit names per page (B3).
	ObjectNames []string
	ListLimit   int
	// ObjectSize is the size of every object Swift serves on GET (B4).
	ObjectSize int64
	// SwiftLatency is added to each Swift request (B8).
	SwiftLatency time.Duration
}

// NewCloud starts a fake cloud.
func NewCloud(o CloudOpts) *Cloud {
	c := &Cloud{novaRoutes: o.NovaRoutes, objectSize: o.ObjectSize, SwiftLatency: o.SwiftLatency, listLimit: o.ListLimit}
	c.Keystone = startServer(http.HandlerFunc(c.serveKeystone))
	c.Nova = startServer(http.HandlerFunc(c.serveNova))
	c.Swift = startServer(http.HandlerFunc(c.serveSwift))
	c.authBody = tokenBody(c.ComputeURL(), c.SwiftURL(), c.Keystone.URL)
	if o.ObjectNames != nil {
		c.swiftListed = listingPages(o.ObjectNames, o.ListLimit)
	}
	return c
}

// Close stops the three services.
func (c *Cloud) Close() {
	c.Keystone.Close()
	c.Nova.Close()
	c.Swift.Close()
}

// AuthURL is the versioned Identity endpoint clients authenticate against.
func (c *Cloud) AuthURL() string { return c.Keystone.URL + "/identity/v3" }

// ComputeURL is the compute endpoint of the catalog (devstack layout).
func (c *Cloud) ComputeURL() string { return c.Nova.URL + "/compute/v2.1" }

// SwiftURL is the object-store endpoint of the catalog.
func (c *Cloud) SwiftURL() string { return c.Swift.URL + "/v1/AUTH_" + ProjectID }

// Auths is the number of tokens issued so far.
func (c *Cloud) Auths() int64 { return c.issued.Load() }

// RevokeCurrent revokes the newest token, as `openstack token revoke` would.
func (c *Cloud) RevokeCurrent() {
	if t := c.current.Load(); t != nil {
		c.tokens.Delete(*t)
	}
}

func (c *Cloud) validToken(r *http.Request) bool {
	_, ok := c.tokens.Load(r.Header.Get("X-Auth-Token"))
	return ok
}

// A Fernet token is 180–250 URL-safe characters; these are as long.
const tokenPrefix = "gAAAAABpQ3bench_fernet_like_token_0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_-0123456789abcdef"

var unauthorizedBody = []byte(`{"error": {"code": 401, "title": "Unauthorized", "message": "The request you have made requires authentication."}}`)

func writeJSON(w http.ResponseWriter, code int, body []byte) {
	h := w.Header()
	h["Content-Type"] = []string{"application/json"}
	h["Content-Length"] = []string{strconv.Itoa(len(body))}
	h["X-Openstack-Request-Id"] = []string{"req-5b2e8f0c-3d4a-4e6b-9c7d-1f2a3b4c5d6e"}
	w.WriteHeader(code)
	w.Write(body)
}

func (c *Cloud) unauthorized(s *server, w http.ResponseWriter) {
	s.Unauth.Add(1)
	w.Header()["Www-Authenticate"] = []string{`Keystone uri="` + c.Keystone.URL + `/identity"`}
	writeJSON(w, http.StatusUnauthorized, unauthorizedBody)
}

func (c *Cloud) serveKeystone(w http.ResponseWriter, r *http.Request) {
	c.Keystone.Requests.Add(1)
	if r.Method != http.MethodPost || r.URL.Path != "/identity/v3/auth/tokens" {
		http.NotFound(w, r)
		return
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, 64<<10))
	if err != nil || !bytes.Contains(body, []byte(`"`+Password+`"`)) {
		c.unauthorized(c.Keystone, w)
		return
	}
	n := c.issued.Add(1)
	tok := tokenPrefix + strconv.FormatInt(n, 10)
	c.tokens.Store(tok, struct{}{})
	c.current.Store(&tok)
	w.Header()["X-Subject-Token"] = []string{tok}
	writeJSON(w, http.StatusCreated, c.authBody)
}

func (c *Cloud) serveNova(w http.ResponseWriter, r *http.Request) {
	c.Nova.Requests.Add(1)
	if !c.validToken(r) {
		c.unauthorized(c.Nova, w)
		return
	}
	p, ok := strings.CutPrefix(r.URL.Path, "/compute/v2.1/")
	if !ok || r.Method != http.MethodGet {
		http.NotFound(w, r)
		return
	}
	body, ok := c.novaRoutes[p]
	if !ok {
		writeJSON(w, http.StatusNotFound, []byte(`{"itemNotFound": {"code": 404, "message": "Instance could not be found."}}`))
		return
	}
	writeJSON(w, http.StatusOK, body)
}

// tokenBody is a project-scoped v3 password token with a 30-service
// catalog (90 endpoints: public, internal, admin in RegionOne), as
// Keystone returns it (https://docs.openstack.org/api-ref/identity/v3/).
// The compute and object-store public endpoints point at the fakes.
func tokenBody(computeURL, swiftURL, keystoneURL string) []byte {
	type endpoint struct {
		ID        string `json:"id"`
		Interface string `json:"interface"`
		Region    string `json:"region"`
		RegionID  string `json:"region_id"`
		URL       string `json:"url"`
	}
	type service struct {
		Endpoints []endpoint `json:"endpoints"`
		ID        string     `json:"id"`
		Type      string     `json:"type"`
		Name      string     `json:"name"`
	}
	type ref struct {
		ID   string `json:"id"`
		Name string `json:"name"`
	}
	// type, name, port, path (with %s for the project where the service
	// puts it in its URL).
	services := []struct{ typ, name, port, path string }{
		{"identity", "keystone", "5000", "/identity"},
		{"compute", "nova", "8774", "/compute/v2.1"},
		{"compute_legacy", "nova_legacy", "8774", "/compute/v2/%s"},
		{"network", "neutron", "9696", "/networking"},
		{"image", "glance", "9292", "/image"},
		{"block-storage", "cinder", "8776", "/volume/v3/%s"},
		{"volumev3", "cinderv3", "8776", "/volume/v3/%s"},
		{"object-store", "swift", "8080", "/v1/AUTH_%s"},
		{"placement", "placement", "8778", "/placement"},
		{"orchestration", "heat", "8004", "/heat-api/v1/%s"},
		{"cloudformation", "heat-cfn", "8000", "/heat-api-cfn/v1"},
		{"load-balancer", "octavia", "9876", "/load-balancer"},
		{"dns", "designate", "9001", "/dns"},
		{"key-manager", "barbican", "9311", "/key-manager"},
		{"metric", "gnocchi", "8041", "/metric"},
		{"alarming", "aodh", "8042", "/alarming"},
		{"container-infra", "magnum", "9511", "/container-infra/v1"},
		{"shared-file-system", "manila", "8786", "/share/v2/%s"},
		{"sharev2", "manilav2", "8786", "/share/v2/%s"},
		{"baremetal", "ironic", "6385", "/baremetal"},
		{"baremetal-introspection", "ironic-inspector", "5050", "/baremetal-introspection"},
		{"workflowv2", "mistral", "8989", "/workflow/v2"},
		{"messaging", "zaqar", "8888", "/messaging"},
		{"clustering", "senlin", "8777", "/cluster"},
		{"database", "trove", "8779", "/database/v1.0/%s"},
		{"container", "zun", "9517", "/container/v1"},
		{"instance-ha", "masakari", "15868", "/instance-ha/v1/%s"},
		{"reservation", "blazar", "1234", "/reservation/v1"},
		{"rating", "cloudkitty", "8889", "/rating"},
		{"application-catalog", "murano", "8082", "/application-catalog"},
	}
	var catalog []service
	for i, s := range services {
		path := s.path
		if strings.Contains(path, "%s") {
			path = fmt.Sprintf(path, ProjectID)
		}
		pub := "https://" + strings.SplitN(s.typ, "-", 2)[0] + ".regionone.cloud.example.com:" + s.port + path
		switch s.typ {
		case "compute":
			pub = computeURL
		case "object-store":
			pub = swiftURL
		case "identity":
			pub = keystoneURL + "/identity"
		}
		svc := service{ID: fmt.Sprintf("%02x3c8b0e5d1f4a7b9c2e6d0f8a1b3c5d%02x", i*7+3, i), Type: s.typ, Name: s.name}
		for j, iface := range []string{"public", "internal", "admin"} {
			u := pub
			switch iface {
			case "internal":
				u = "http://10.20.0.11:" + s.port + path
			case "admin":
				u = "http://192.168.24.11:" + s.port + path
			}
			svc.Endpoints = append(svc.Endpoints, endpoint{
				ID:        fmt.Sprintf("%02x%02x9f4e2a6c8b1d3f5e7a9c0b2d4f6e8a%02x", i, j, i*3+j),
				Interface: iface, Region: Region, RegionID: Region, URL: u,
			})
		}
		catalog = append(catalog, svc)
	}
	now := time.Date(2026, 11, 22, 9, 41, 7, 381000000, time.UTC)
	body := map[string]any{"token": map[string]any{
		"methods":    []string{"password"},
		"user":       map[string]any{"domain": ref{DomainID, DomainName}, "id": UserID, "name": UserName, "password_expires_at": nil},
		"audit_ids":  []string{"3T2dc1CGQxyJsHdDu1xkcw"},
		"expires_at": now.Add(100 * 365 * 24 * time.Hour).Format("2006-01-02T15:04:05.000000Z"),
		"issued_at":  now.Format("2006-01-02T15:04:05.000000Z"),
		"project":    map[string]any{"domain": ref{DomainID, DomainName}, "id": ProjectID, "name": ProjectName},
		"is_domain":  false,
		"roles": []ref{
			{"51cc68287d524c759f47c811e6463340", "admin"},
			{"a1b2c3d4e5f60718293a4b5c6d7e8f90", "member"},
			{"0f9e8d7c6b5a49382716f5e4d3c2b1a0", "reader"},
		},
		"catalog": catalog,
	}}
	b, err := json.Marshal(body)
	if err != nil {
		panic(err)
	}
	return b
}
