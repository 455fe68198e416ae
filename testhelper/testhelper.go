// Package testhelper runs each unit test against its own fake OpenStack
// service: an httptest server with a Go 1.22 pattern mux, torn down by
// t.Cleanup, and a ServiceClient pointed at it.
//
//	th := testhelper.Setup(t)
//	th.Handle("GET /servers/{id}", func(w http.ResponseWriter, r *http.Request) {
//		testhelper.WriteJSON(w, http.StatusOK, `{"server": {"id": "1"}}`)
//	})
//	s, err := servers.Get(t.Context(), th.ServiceClient(), "1").Extract()
//
// Handlers registered with Handle check that the request carries the test
// token. Assertions in handlers use testify's assert (they run on the
// server's goroutine, where require's FailNow is not allowed).
package testhelper

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TokenID is the token every test client sends.
const TokenID = "cbc36478b0bd8e67e89469c7749d4127"

// Server is one test's fake service.
type Server struct {
	*httptest.Server
	// Mux routes requests; patterns are relative to the server root.
	Mux *http.ServeMux
	t   testing.TB
}

// Setup starts a fake server for t and stops it when t ends. A request no
// handler matches fails the test (for a *testing.F, whose methods a fuzz
// target may not call, it is answered 501 and a missing token 401).
func Setup(t testing.TB) *Server {
	t.Helper()
	s := newServer(t)
	t.Cleanup(s.Close)
	return s
}

// NewServer starts a fake server outside a test, for runnable Examples;
// the caller closes it. Handlers answer a request without the test token
// with 401 instead of failing a test.
func NewServer() *Server { return newServer(nil) }

func newServer(t testing.TB) *Server {
	if _, fuzz := t.(*testing.F); fuzz {
		// A fuzz target may not call the F's methods: the handlers answer
		// as for NewServer, with 401 and 501, instead of failing the test.
		t = nil
	}
	mux := http.NewServeMux()
	s := &Server{Server: httptest.NewServer(mux), Mux: mux, t: t}
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if t != nil {
			t.Errorf("testhelper: unexpected request %s %s", r.Method, r.URL)
		}
		http.Error(w, "no handler for this request", http.StatusNotImplemented)
	})
	return s
}

// Endpoint is the server's base URL, ending in "/".
func (s *Server) Endpoint() string { return s.URL + "/" }

// ProviderClient returns a provider holding TokenID, retrying fast so
// retry tests take milliseconds.
func (s *Server) ProviderClient() *gophercloud.ProviderClient {
	p := gophercloud.NewProviderClient()
	p.SetToken(TokenID)
	p.HTTPClient = s.Client()
	p.Retry = gophercloud.RetryPolicy{MaxRetries: 3, BaseDelay: time.Millisecond, MaxDelay: 50 * time.Millisecond}
	p.IdentityBase = s.Endpoint()
	return p
}

// ServiceClient returns a client for the fake service at Endpoint().
func (s *Server) ServiceClient() *gophercloud.ServiceClient {
	return &gophercloud.ServiceClient{ProviderClient: s.ProviderClient(), Endpoint: s.Endpoint()}
}

// ServiceClientOf returns a client of a service type ("compute"), so its
// Microversion selects that service's header.
func (s *Server) ServiceClientOf(serviceType string) *gophercloud.ServiceClient {
	c := s.ServiceClient()
	c.Type = serviceType
	return c
}

// Handle registers h for pattern ("GET /servers/{id}") and checks that each
// request carries the test token.
func (s *Server) Handle(pattern string, h http.HandlerFunc) {
	s.Mux.HandleFunc(pattern, func(w http.ResponseWriter, r *http.Request) {
		if s.t == nil {
			if r.Header.Get("X-Auth-Token") != TokenID {
				WriteJSON(w, http.StatusUnauthorized, `{"error": {"code": 401, "message": "The request you have made requires authentication."}}`)
				return
			}
		} else {
			TestHeader(s.t, r, "X-Auth-Token", TokenID)
		}
		h(w, r)
	})
}

// HandleNoAuth registers h for requests that carry no token (auth calls).
func (s *Server) HandleNoAuth(pattern string, h http.HandlerFunc) {
	s.Mux.HandleFunc(pattern, h)
}

// HandleJSON registers a handler that answers status with body (JSON).
func (s *Server) HandleJSON(pattern string, status int, body string) {
	s.Handle(pattern, func(w http.ResponseWriter, r *http.Request) { WriteJSON(w, status, body) })
}

// WriteJSON answers with a JSON body.
func WriteJSON(w http.ResponseWriter, status int, body string) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Openstack-Request-Id", "req-test-0001")
	w.WriteHeader(status)
	_, _ = io.WriteString(w, body)
}

// TestMethod asserts the request method.
func TestMethod(t testing.TB, r *http.Request, want string) {
	t.Helper()
	assert.Equal(t, want, r.Method, "method of %s", r.URL)
}

// TestHeader asserts one request header's value.
func TestHeader(t testing.TB, r *http.Request, key, want string) {
	t.Helper()
	assert.Equal(t, want, r.Header.Get(key), "header %s of %s %s", key, r.Method, r.URL)
}

// TestHeaderUnset asserts a header is absent.
func TestHeaderUnset(t testing.TB, r *http.Request, key string) {
	t.Helper()
	assert.Empty(t, r.Header.Values(key), "header %s of %s %s should be unset", key, r.Method, r.URL)
}

// TestJSONRequest asserts the request body is JSON equal to want (key order
// and spacing ignored).
func TestJSONRequest(t testing.TB, r *http.Request, want string) {
	t.Helper()
	body, err := io.ReadAll(r.Body)
	if !assert.NoError(t, err) {
		return
	}
	assert.Equal(t, "application/json", r.Header.Get("Content-Type"))
	assert.JSONEq(t, want, string(body), "body of %s %s", r.Method, r.URL)
}

// TestBody asserts the raw request body.
func TestBody(t testing.TB, r *http.Request, want string) {
	t.Helper()
	body, err := io.ReadAll(r.Body)
	if assert.NoError(t, err) {
		assert.Equal(t, want, string(body))
	}
}

// TestQuery asserts the query string holds exactly want (order ignored).
func TestQuery(t testing.TB, r *http.Request, want url.Values) {
	t.Helper()
	got := r.URL.Query()
	if len(want) == 0 && len(got) == 0 {
		return
	}
	assert.Equal(t, want, got, "query of %s %s", r.Method, r.URL.Path)
}

// Fault is a Nova-style error body, as most services send.
func Fault(name string, code int, message string) string {
	b, _ := json.Marshal(map[string]any{name: map[string]any{"code": code, "message": message}})
	return string(b)
}

// CheckFailures runs call against failing versions of the endpoint at
// pattern, asserting that each failure becomes a clear error and never a
// panic: a 500 with a fault body (the error must match ErrServerError and,
// except for HEAD, whose answers have no body, carry the message), and —
// when decodes is true — a success status with a malformed body (the error
// must match ErrMalformedResponse). okStatus is the call's success status.
// The handlers accept requests with or without a token, so authentication
// calls can be checked too.
func CheckFailures(t *testing.T, pattern string, okStatus int, decodes bool, call func(context.Context, *gophercloud.ServiceClient) error) {
	t.Helper()
	t.Run("server error", func(t *testing.T) {
		s := Setup(t)
		s.Mux.HandleFunc(pattern, func(w http.ResponseWriter, r *http.Request) {
			WriteJSON(w, http.StatusInternalServerError, Fault("computeFault", 500, "boom from the fake"))
		})
		err := call(t.Context(), s.ServiceClient())
		require.Error(t, err)
		assert.True(t, errors.Is(err, gophercloud.ErrServerError), "want ErrServerError, got %v", err)
		if !strings.HasPrefix(pattern, http.MethodHead+" ") {
			assert.Contains(t, err.Error(), "boom from the fake")
		}
	})
	if !decodes {
		return
	}
	t.Run("malformed body", func(t *testing.T) {
		s := Setup(t)
		s.Mux.HandleFunc(pattern, func(w http.ResponseWriter, r *http.Request) { WriteJSON(w, okStatus, `{"truncated": [`) })
		err := call(t.Context(), s.ServiceClient())
		require.Error(t, err)
		assert.True(t, errors.Is(err, gophercloud.ErrMalformedResponse), "want ErrMalformedResponse, got %v", err)
	})
	t.Run("wrong shape", func(t *testing.T) {
		s := Setup(t)
		s.Mux.HandleFunc(pattern, func(w http.ResponseWriter, r *http.Request) { WriteJSON(w, okStatus, `{"unexpected": 1}`) })
		err := call(t.Context(), s.ServiceClient())
		require.Error(t, err, "a body without the expected key must not decode to an empty resource")
		assert.True(t, errors.Is(err, gophercloud.ErrMalformedResponse), "want ErrMalformedResponse, got %v", err)
	})
}

// Must fails the test at once on err; for fixture set-up.
func Must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(fmt.Sprint(err))
	}
}
