package fakerackspace

import (
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"time"

	"github.com/cloudsdk/gophercloud/rackspace"
)

// The account New creates.
const (
	// Username is the account owner's user name.
	Username = "demoauthor"
	// UserID is the account owner's user ID.
	UserID = "172157"
	// APIKey is the account owner's API key.
	APIKey = "aaaaa-bbbbb-ccccc-12345678"
	// Password is the account owner's password.
	Password = "Passw0rd-Of-Demo"
	// TenantID is the account number (the compute tenant).
	TenantID = "1100111"
	// FilesTenantID is the Cloud Files tenant (Mosso account).
	FilesTenantID = "MossoCloudFS_929418"
	// DomainID is the account's identity domain.
	DomainID = "1100111"
)

// Regions are the regions of the fake catalog.
var Regions = []string{"DFW", "ORD", "IAD", "LON"}

// Server is a running fake Rackspace Cloud. Close it when done.
type Server struct {
	*httptest.Server
	// Mux routes requests; mount handlers for the compute, block storage
	// or networks catalog URLs on it (/{region}/servers/v2/{tenant}/…).
	Mux *http.ServeMux

	mu      sync.Mutex
	tokens  map[string]*token
	users   map[string]*user
	roles   []Role
	cdn     map[string]map[string]*cdnContainer // region -> container name -> container
	purges  []Purge
	nextID  int
	nTokens int
}

type token struct {
	id      string
	userID  string
	expires time.Time
}

// New starts a fake Rackspace Cloud on 127.0.0.1 with one account
// (Username, APIKey, Password in TenantID).
func New() *Server {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(fmt.Sprintf("fakerackspace: cannot listen on 127.0.0.1: %v", err))
	}
	s := &Server{
		Mux:    http.NewServeMux(),
		tokens: map[string]*token{},
		users:  map[string]*user{},
		cdn:    map[string]map[string]*cdnContainer{},
		nextID: 1000,
		roles: []Role{
			{ID: "3", Name: "identity:user-admin", Description: "User Admin Role."},
			{ID: "2", Name: "identity:default", Description: "Default Role."},
			{ID: "10000150", Name: "checkmate", Description: "Checkmate Access role"},
			{ID: "6", Name: "compute:default", Description: "A Role that allows a user access to keystone Service methods", ServiceID: "0000000000000000000000000000000000000001", TenantID: TenantID},
			{ID: "5", Name: "object-store:default", Description: "A Role that allows a user access to keystone Service methods", ServiceID: "0000000000000000000000000000000000000002", TenantID: FilesTenantID},
		},
	}
	s.users[UserID] = &user{User: User{
		ID: UserID, Username: Username, Email: "demo@example.com", Enabled: true,
		DefaultRegion: "DFW", DomainID: DomainID,
	}, apiKey: APIKey, password: Password, roles: []string{"3", "6", "5"}}
	s.routes()
	s.Server = &httptest.Server{Listener: l, Config: &http.Server{Handler: s.Mux}}
	s.Start()
	return s
}

// IdentityEndpoint is the fake's Identity v2.0 URL, ending in "/".
func (s *Server) IdentityEndpoint() string { return s.URL + "/v2.0/" }

// AuthOptions authenticates as the account owner with the API key.
func (s *Server) AuthOptions() rackspace.AuthOptions {
	return rackspace.AuthOptions{IdentityEndpoint: s.IdentityEndpoint(), Username: Username, APIKey: APIKey}
}

// TokensIssued counts the tokens the fake has issued.
func (s *Server) TokensIssued() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.nTokens
}

// ExpireTokens invalidates every issued token: the next request with one
// gets a 401, as after a token's expiry.
func (s *Server) ExpireTokens() {
	s.mu.Lock()
	defer s.mu.Unlock()
	clear(s.tokens)
}

func (s *Server) routes() {
	m := s.Mux
	m.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeFault(w, http.StatusNotFound, "itemNotFound", "Resource not found")
	})
	m.HandleFunc("POST /v2.0/tokens", s.createToken)
	m.HandleFunc("GET /v2.0/tokens/{id}", s.admin(s.validateToken))
	m.HandleFunc("DELETE /v2.0/tokens/{id}", s.authed(s.revokeToken))
	m.HandleFunc("GET /v2.0/tenants", s.authed(s.listTenants))
	m.HandleFunc("GET /v2.0/extensions", s.listExtensions)
	m.HandleFunc("GET /v2.0/extensions/{alias}", s.getExtension)
	s.identityAdminRoutes()
	for _, region := range Regions {
		s.cdnRoutes(strings.ToLower(region), region)
	}
}

// authed checks X-Auth-Token and passes the caller's user on.
func (s *Server) authed(h func(http.ResponseWriter, *http.Request, *user)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		t := s.tokens[r.Header.Get("X-Auth-Token")]
		var u *user
		if t != nil && time.Now().Before(t.expires) {
			u = s.users[t.userID]
		}
		s.mu.Unlock()
		if u == nil {
			writeFault(w, http.StatusUnauthorized, "unauthorized", "No valid token provided. Please use the 'X-Auth-Token' header with a valid token.")
			return
		}
		h(w, r, u)
	}
}

// admin is authed for calls that need identity:user-admin.
func (s *Server) admin(h http.HandlerFunc) http.HandlerFunc {
	return s.authed(func(w http.ResponseWriter, r *http.Request, u *user) {
		if !u.hasRole("3") {
			writeFault(w, http.StatusForbidden, "forbidden", "Not Authorized")
			return
		}
		h(w, r)
	})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// writeFault answers with Rackspace Identity's fault shape:
// {"itemNotFound": {"code": 404, "message": "…"}}.
func writeFault(w http.ResponseWriter, status int, name, message string) {
	writeJSON(w, status, map[string]any{name: map[string]any{"code": status, "message": message}})
}

func decodeBody(w http.ResponseWriter, r *http.Request, v any) bool {
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<20)).Decode(v); err != nil {
		writeFault(w, http.StatusBadRequest, "badRequest", "Invalid json request body")
		return false
	}
	return true
}
