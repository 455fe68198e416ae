package fakerackspace

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/http"
	"strings"
	"time"
)

// tokenLifetime is how long a fake token is valid (Rackspace: 24 hours).
const tokenLifetime = 24 * time.Hour

func newSecret(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

type authRequest struct {
	Auth struct {
		APIKey *struct {
			Username string `json:"username"`
			APIKey   string `json:"apiKey"`
		} `json:"RAX-KSKEY:apiKeyCredentials"`
		Password *struct {
			Username string `json:"username"`
			Password string `json:"password"`
		} `json:"passwordCredentials"`
		Token *struct {
			ID string `json:"id"`
		} `json:"token"`
		TenantID   string `json:"tenantId"`
		TenantName string `json:"tenantName"`
	} `json:"auth"`
}

func (s *Server) createToken(w http.ResponseWriter, r *http.Request) {
	var req authRequest
	if !decodeBody(w, r, &req) {
		return
	}
	a := req.Auth
	s.mu.Lock()
	defer s.mu.Unlock()
	var u *user
	var method string
	switch {
	case a.APIKey != nil:
		u, method = s.userByName(a.APIKey.Username), "APIKEY"
		if u != nil && (u.apiKey == "" || u.apiKey != a.APIKey.APIKey) {
			u = nil
		}
	case a.Password != nil:
		u, method = s.userByName(a.Password.Username), "PASSWORD"
		if u != nil && u.password != a.Password.Password {
			u = nil
		}
	case a.Token != nil:
		if t := s.tokens[a.Token.ID]; t != nil {
			u, method = s.users[t.userID], "TOKEN"
		}
		if a.TenantID == "" && a.TenantName == "" {
			writeFault(w, http.StatusBadRequest, "badRequest", "Invalid request. Specify tenantId or tenantName.")
			return
		}
	default:
		writeFault(w, http.StatusBadRequest, "badRequest", "Invalid json request body")
		return
	}
	if u == nil {
		writeFault(w, http.StatusUnauthorized, "unauthorized", "Unable to authenticate user with credentials provided.")
		return
	}
	if !u.Enabled {
		writeFault(w, http.StatusForbidden, "userDisabled", "User '"+u.Username+"' is disabled.")
		return
	}
	for _, t := range []string{a.TenantID, a.TenantName} {
		if t != "" && t != TenantID && t != FilesTenantID {
			writeFault(w, http.StatusUnauthorized, "unauthorized", "Token doesn't belong to Tenant with Id/Name: '"+t+"'")
			return
		}
	}
	t := &token{id: newSecret(16), userID: u.ID, expires: time.Now().Add(tokenLifetime).UTC().Truncate(time.Millisecond)}
	s.tokens[t.id] = t
	s.nTokens++
	writeJSON(w, http.StatusOK, map[string]any{"access": s.access(t, u, method, true)})
}

// access builds the body of an authentication (catalog) or validation
// answer.
func (s *Server) access(t *token, u *user, method string, catalog bool) map[string]any {
	tok := map[string]any{
		"id":      t.id,
		"expires": t.expires.Format("2006-01-02T15:04:05.000Z"),
		"tenant":  map[string]string{"id": TenantID, "name": TenantID},
	}
	if method != "" {
		tok["RAX-AUTH:authenticatedBy"] = []string{method}
	}
	out := map[string]any{
		"token": tok,
		"user": map[string]any{
			"id": u.ID, "name": u.Username, "roles": s.rolesOf(u),
			"RAX-AUTH:defaultRegion": u.DefaultRegion, "RAX-AUTH:domainId": u.DomainID,
		},
	}
	if catalog {
		out["serviceCatalog"] = s.catalog()
	}
	return out
}

type endpoint struct {
	Region      string `json:"region,omitempty"`
	TenantID    string `json:"tenantId"`
	PublicURL   string `json:"publicURL"`
	InternalURL string `json:"internalURL,omitempty"`
	VersionID   string `json:"versionId,omitempty"`
	VersionInfo string `json:"versionInfo,omitempty"`
	VersionList string `json:"versionList,omitempty"`
}

type catalogEntry struct {
	Name      string     `json:"name"`
	Type      string     `json:"type"`
	Endpoints []endpoint `json:"endpoints"`
}

// catalog lists the five services in every region, each under
// /{region}/… of this server.
func (s *Server) catalog() []catalogEntry {
	base := s.URL + "/"
	var compute, files, cdn, block, networks []endpoint
	for _, region := range Regions {
		r := strings.ToLower(region)
		compute = append(compute, endpoint{Region: region, TenantID: TenantID, PublicURL: base + r + "/servers/v2/" + TenantID,
			VersionID: "2", VersionInfo: base + r + "/servers/v2", VersionList: base + r + "/servers/"})
		files = append(files, endpoint{Region: region, TenantID: FilesTenantID, PublicURL: base + r + "/files/v1/" + FilesTenantID,
			InternalURL: base + r + "/snet-files/v1/" + FilesTenantID})
		cdn = append(cdn, endpoint{Region: region, TenantID: FilesTenantID, PublicURL: base + r + "/cdn/v1/" + FilesTenantID})
		block = append(block, endpoint{Region: region, TenantID: TenantID, PublicURL: base + r + "/blockstorage/v1/" + TenantID})
		networks = append(networks, endpoint{Region: region, TenantID: TenantID, PublicURL: base + r + "/networks/v2.0"})
	}
	return []catalogEntry{
		{Name: "cloudServersOpenStack", Type: "compute", Endpoints: compute},
		{Name: "cloudFiles", Type: "object-store", Endpoints: files},
		{Name: "cloudFilesCDN", Type: "rax:object-cdn", Endpoints: cdn},
		{Name: "cloudBlockStorage", Type: "volume", Endpoints: block},
		{Name: "cloudNetworks", Type: "network", Endpoints: networks},
	}
}

func (s *Server) validateToken(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	t := s.tokens[r.PathValue("id")]
	if t == nil {
		writeFault(w, http.StatusNotFound, "itemNotFound", "Token not found.")
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"access": s.access(t, s.users[t.userID], "", false)})
}

func (s *Server) revokeToken(w http.ResponseWriter, r *http.Request, u *user) {
	s.mu.Lock()
	defer s.mu.Unlock()
	t := s.tokens[r.PathValue("id")]
	if t == nil {
		writeFault(w, http.StatusNotFound, "itemNotFound", "Token not found.")
		return
	}
	if t.userID != u.ID && !u.hasRole("3") {
		writeFault(w, http.StatusForbidden, "forbidden", "Not Authorized")
		return
	}
	delete(s.tokens, t.id)
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) listTenants(w http.ResponseWriter, r *http.Request, _ *user) {
	writeJSON(w, http.StatusOK, map[string]any{
		"tenants": []map[string]any{
			{"id": TenantID, "name": TenantID, "enabled": true},
			{"id": FilesTenantID, "name": FilesTenantID, "enabled": true},
		},
		"tenants_links": []any{},
	})
}

type extension struct {
	Name        string `json:"name"`
	Namespace   string `json:"namespace"`
	Alias       string `json:"alias"`
	Updated     string `json:"updated"`
	Description string `json:"description"`
	Links       []any  `json:"links"`
}

var extensions = []extension{
	{Name: "Rackspace API Key Authentication", Namespace: "http://docs.rackspace.com/identity/api/ext/RAX-KSKEY/v1.0", Alias: "RAX-KSKEY",
		Updated: "2011-01-22T13:25:27-06:00", Description: "Adds API key credentials to users.", Links: []any{}},
	{Name: "Rackspace Extended Authentication", Namespace: "http://docs.rackspace.com/identity/api/ext/RAX-AUTH/v1.0", Alias: "RAX-AUTH",
		Updated: "2012-01-04T10:10:00-05:00", Description: "Rackspace extensions to token, user and domain resources.", Links: []any{}},
	{Name: "OpenStack Keystone Admin", Namespace: "http://docs.openstack.org/identity/api/ext/OS-KSADM/v1.0", Alias: "OS-KSADM",
		Updated: "2011-08-19T13:25:27-06:00", Description: "CRUD of users, tenants, roles and services.", Links: []any{}},
}

func (s *Server) listExtensions(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, map[string]any{"extensions": extensions, "extensions_links": []any{}})
}

func (s *Server) getExtension(w http.ResponseWriter, r *http.Request) {
	for _, e := range extensions {
		if e.Alias == r.PathValue("alias") {
			writeJSON(w, http.StatusOK, map[string]any{"extension": e})
			return
		}
	}
	writeFault(w, http.StatusNotFound, "itemNotFound", fmt.Sprintf("Extension with alias %q not found.", r.PathValue("alias")))
}
