package openstack_test

import (
	"crypto/tls"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
)

// keystoneFake is a small Keystone for the tests and examples of this
// package: version discovery at "/", v3 and v2.0 token issue, a catalog
// whose endpoints all live on the same server, and a Nova server list at
// /compute/v2.1/servers that only accepts tokens it issued and has not
// revoked. Bodies follow the Identity API reference
// (https://docs.openstack.org/api-ref/identity/v3/).
type keystoneFake struct {
	*httptest.Server
	// Mux routes the fake's requests; tests may add handlers.
	Mux *http.ServeMux

	mu    sync.Mutex
	seq   int
	valid map[string]bool

	// V3Auths and V2Auths count token requests; ComputeCalls counts the
	// server-list requests, whatever their outcome.
	V3Auths, V2Auths, ComputeCalls atomic.Int32
	// RejectAuth makes every token request fail with 401.
	RejectAuth atomic.Bool
}

// keystoneProjectID is the project the fake's tokens are scoped to.
const keystoneProjectID = "a6944d763bf64ee6a275f1263fae0352"

// newKeystoneFake starts a fake whose root offers versions (a JSON body
// with {{URL}} standing for the server URL); "" offers v3 and v2.0.
func newKeystoneFake(versions string) *keystoneFake {
	k := unstartedKeystoneFake(versions)
	k.Start()
	return k
}

// newKeystoneFakeTLS is newKeystoneFake serving HTTPS with cert.
func newKeystoneFakeTLS(versions string, cert tls.Certificate) *keystoneFake {
	k := unstartedKeystoneFake(versions)
	k.TLS = &tls.Config{Certificates: []tls.Certificate{cert}}
	k.Config.ErrorLog = log.New(io.Discard, "", 0) // tests make handshakes fail on purpose
	k.StartTLS()
	return k
}

func unstartedKeystoneFake(versions string) *keystoneFake {
	if versions == "" {
		versions = keystoneVersionsBoth
	}
	k := &keystoneFake{Mux: http.NewServeMux(), valid: map[string]bool{}}
	k.Server = httptest.NewUnstartedServer(k.Mux)
	k.Mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		k.write(w, http.StatusMultipleChoices, versions, nil)
	})
	k.Mux.HandleFunc("POST /v3/auth/tokens", func(w http.ResponseWriter, r *http.Request) {
		k.V3Auths.Add(1)
		if !k.acceptAuth(w, r) {
			return
		}
		tok := k.issue("v3")
		k.write(w, http.StatusCreated, keystoneV3Token, map[string]string{"X-Subject-Token": tok})
	})
	k.Mux.HandleFunc("POST /v2.0/tokens", func(w http.ResponseWriter, r *http.Request) {
		k.V2Auths.Add(1)
		if !k.acceptAuth(w, r) {
			return
		}
		tok := k.issue("v2")
		k.write(w, http.StatusOK, strings.ReplaceAll(keystoneV2Access, "{{TOKEN}}", tok), nil)
	})
	k.Mux.HandleFunc("GET /compute/v2.1/servers", func(w http.ResponseWriter, r *http.Request) {
		k.ComputeCalls.Add(1)
		if !k.Valid(r.Header.Get("X-Auth-Token")) {
			k.write(w, http.StatusUnauthorized, keystoneUnauthorized, nil)
			return
		}
		k.write(w, http.StatusOK, `{"servers": [{"id": "7c3d3a5e-9f1b-4a39-9b38-2f5b8e8c8f01", "name": "web-1", "links": []}]}`, nil)
	})
	return k
}

// acceptAuth answers 401 when RejectAuth is set, and 400 for a body that
// is not an auth document.
func (k *keystoneFake) acceptAuth(w http.ResponseWriter, r *http.Request) bool {
	if k.RejectAuth.Load() {
		k.write(w, http.StatusUnauthorized, keystoneUnauthorized, nil)
		return false
	}
	var doc struct {
		Auth map[string]any `json:"auth"`
	}
	if err := json.NewDecoder(r.Body).Decode(&doc); err != nil || doc.Auth == nil {
		k.write(w, http.StatusBadRequest, `{"error": {"code": 400, "title": "Bad Request", "message": "Expecting to find auth in request body."}}`, nil)
		return false
	}
	return true
}

func (k *keystoneFake) issue(prefix string) string {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.seq++
	tok := fmt.Sprintf("gAAAAA-%s-token-%d", prefix, k.seq)
	k.valid[tok] = true
	return tok
}

// Valid reports whether tok was issued and not revoked.
func (k *keystoneFake) Valid(tok string) bool {
	k.mu.Lock()
	defer k.mu.Unlock()
	return k.valid[tok]
}

// Revoke makes tok invalid, as DELETE /v3/auth/tokens would.
func (k *keystoneFake) Revoke(tok string) {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.valid[tok] = false
}

func (k *keystoneFake) write(w http.ResponseWriter, status int, body string, headers map[string]string) {
	for h, v := range headers {
		w.Header().Set(h, v)
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Openstack-Request-Id", "req-fake-keystone")
	w.WriteHeader(status)
	_, _ = io.WriteString(w, strings.ReplaceAll(body, "{{URL}}", k.URL))
}

const keystoneUnauthorized = `{"error": {"code": 401, "title": "Unauthorized", "message": "The request you have made requires authentication."}}`

// keystoneVersionsBoth is Keystone's root document (300 Multiple Choices)
// on a cloud that still serves v2.0.
const keystoneVersionsBoth = `{"versions": {"values": [
  {"id": "v3.14", "status": "stable", "updated": "2020-04-07T00:00:00Z",
   "links": [{"rel": "self", "href": "{{URL}}/v3/"}],
   "media-types": [{"base": "application/json", "type": "application/vnd.openstack.identity-v3+json"}]},
  {"id": "v2.0", "status": "deprecated", "updated": "2016-08-04T00:00:00Z",
   "links": [{"rel": "self", "href": "{{URL}}/v2.0/"}, {"rel": "describedby", "type": "text/html", "href": "https://docs.openstack.org/"}],
   "media-types": [{"base": "application/json", "type": "application/vnd.openstack.identity-v2.0+json"}]}
]}}`

// keystoneV3Token is a project-scoped token whose catalog points at the
// fake itself.
const keystoneV3Token = `{"token": {
  "methods": ["password"],
  "user": {"domain": {"id": "default", "name": "Default"}, "id": "ee4dfb6e5540447cb3741905149d9b6e", "name": "demo", "password_expires_at": null},
  "audit_ids": ["3T2dc1CGQxyJsHdDu1xkcw"],
  "expires_at": "2099-01-01T00:00:00.000000Z",
  "issued_at": "2026-11-22T22:04:08.000000Z",
  "project": {"domain": {"id": "default", "name": "Default"}, "id": "a6944d763bf64ee6a275f1263fae0352", "name": "demo"},
  "is_domain": false,
  "roles": [{"id": "51cc68287d524c759f47c811e6463340", "name": "member"}],
  "catalog": [
    {"id": "f6c3b1a8d2e94b37a1c0e3f7d5b8a9c1", "type": "compute", "name": "nova", "endpoints": [
      {"id": "39dc322ce86c4111b4f06c2eeae0841b", "interface": "public", "region": "RegionOne", "region_id": "RegionOne", "url": "{{URL}}/compute/v2.1"},
      {"id": "4fe12b7e2c8f4e1c8a0b8fcbbf6f8a2e", "interface": "internal", "region": "RegionOne", "region_id": "RegionOne", "url": "http://10.0.0.10:8774/v2.1"}]},
    {"id": "1b2c3d4e5f60718293a4b5c6d7e8f90a", "type": "network", "name": "neutron", "endpoints": [
      {"id": "8c9d0e1f2a3b4c5d6e7f8091a2b3c4d5", "interface": "public", "region": "RegionOne", "region_id": "RegionOne", "url": "{{URL}}/network"}]},
    {"id": "2c3d4e5f60718293a4b5c6d7e8f90a1b", "type": "image", "name": "glance", "endpoints": [
      {"id": "9d0e1f2a3b4c5d6e7f8091a2b3c4d5e6", "interface": "public", "region": "RegionOne", "region_id": "RegionOne", "url": "{{URL}}/image"}]},
    {"id": "3d4e5f60718293a4b5c6d7e8f90a1b2c", "type": "volumev3", "name": "cinderv3", "endpoints": [
      {"id": "0e1f2a3b4c5d6e7f8091a2b3c4d5e6f7", "interface": "public", "region": "RegionOne", "region_id": "RegionOne", "url": "{{URL}}/volume/v3/a6944d763bf64ee6a275f1263fae0352"}]},
    {"id": "4e5f60718293a4b5c6d7e8f90a1b2c3d", "type": "object-store", "name": "swift", "endpoints": [
      {"id": "1f2a3b4c5d6e7f8091a2b3c4d5e6f708", "interface": "public", "region": "RegionOne", "region_id": "RegionOne", "url": "{{URL}}/object-store/v1/AUTH_a6944d763bf64ee6a275f1263fae0352"}]},
    {"id": "0a1b2c3d4e5f60718293a4b5c6d7e8f9", "type": "identity", "name": "keystone", "endpoints": [
      {"id": "7bd5d1f2e8e44c7a9b4b8c8c0a1d2e3f", "interface": "public", "region": "RegionOne", "region_id": "RegionOne", "url": "{{URL}}/v3"}]},
    {"id": "5f60718293a4b5c6d7e8f90a1b2c3d4e", "type": "placement", "name": "placement", "endpoints": [
      {"id": "2a3b4c5d6e7f8091a2b3c4d5e6f70819", "interface": "public", "region": "RegionOne", "region_id": "RegionOne", "url": "{{URL}}/placement"}]}
  ]
}}`

// keystoneV2Access is the v2.0 access document with the same catalog;
// {{TOKEN}} is the issued token.
const keystoneV2Access = `{"access": {
  "token": {"id": "{{TOKEN}}", "issued_at": "2026-01-30T15:30:58.819584", "expires": "2099-01-01T00:00:00Z",
            "tenant": {"id": "a6944d763bf64ee6a275f1263fae0352", "name": "demo", "enabled": true, "description": null}},
  "serviceCatalog": [
    {"type": "compute", "name": "nova", "endpoints_links": [], "endpoints": [
      {"region": "RegionOne", "publicURL": "{{URL}}/compute/v2.1", "internalURL": "http://10.0.0.10:8774/v2.1", "adminURL": "http://10.0.0.10:8774/v2.1"}]},
    {"type": "network", "name": "neutron", "endpoints_links": [], "endpoints": [
      {"region": "RegionOne", "publicURL": "{{URL}}/network", "internalURL": "{{URL}}/network", "adminURL": "{{URL}}/network"}]},
    {"type": "identity", "name": "keystone", "endpoints_links": [], "endpoints": [
      {"region": "RegionOne", "publicURL": "{{URL}}/v2.0", "internalURL": "{{URL}}/v2.0", "adminURL": "{{URL}}/v2.0"}]}
  ],
  "user": {"id": "9a6590b2ab024747bc2167c4e064d00d", "name": "demo", "username": "demo", "roles": [{"name": "member"}], "roles_links": []},
  "metadata": {"is_admin": 0, "roles": []}
}}`
