package gophercloud_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	th "github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRequestSetsHeadersAndBody(t *testing.T) {
	s := th.Setup(t)
	s.Handle("POST /things", func(w http.ResponseWriter, r *http.Request) {
		th.TestHeader(t, r, "Accept", "application/json")
		th.TestHeader(t, r, "X-Extra", "yes")
		th.TestHeaderUnset(t, r, "X-Removed")
		assert.True(t, strings.HasPrefix(r.Header.Get("User-Agent"), "myapp/1.0 "+gophercloud.DefaultUserAgent))
		th.TestJSONRequest(t, r, `{"thing": {"size": 1000000}}`)
		th.WriteJSON(w, http.StatusCreated, `{"thing": {"id": "t1"}}`)
	})
	c := s.ServiceClient()
	c.UserAgent.Prepend("myapp/1.0")
	r := c.Post(t.Context(), c.ServiceURL("things"), map[string]any{"thing": map[string]int{"size": 1000000}},
		&gophercloud.RequestOpts{MoreHeaders: map[string]string{"X-Extra": "yes", "X-Removed": ""}})
	require.NoError(t, r.Err)
	assert.Equal(t, http.StatusCreated, r.StatusCode)
	assert.Equal(t, "req-test-0001", r.Header.Get("X-Openstack-Request-Id"))
}

func TestRequestRejectsHeaderInjection(t *testing.T) {
	s := th.Setup(t)
	c := s.ServiceClient()
	r := c.Get(t.Context(), c.ServiceURL("x"), &gophercloud.RequestOpts{MoreHeaders: map[string]string{"X-A": "a\r\nX-Evil: 1"}})
	require.ErrorIs(t, r.Err, gophercloud.ErrInvalidOptions)
}

// 64 goroutines hit an expired token at once: exactly one re-authentication
// happens, and every request succeeds with the new token.
func TestReauthIsSingleFlight(t *testing.T) {
	s := th.Setup(t)
	var unauthorized atomic.Int64
	s.Mux.HandleFunc("GET /servers", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Auth-Token") != "new-token" {
			unauthorized.Add(1)
			th.WriteJSON(w, http.StatusUnauthorized, `{"error": {"code": 401, "message": "The request you have made requires authentication.", "title": "Unauthorized"}}`)
			return
		}
		th.WriteJSON(w, http.StatusOK, `{"servers": []}`)
	})
	c := s.ServiceClient()
	var reauths atomic.Int64
	c.ReauthFunc = func(ctx context.Context) error {
		reauths.Add(1)
		time.Sleep(20 * time.Millisecond) // let the others pile up
		c.SetToken("new-token")
		return nil
	}
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for range 64 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs <- c.Get(t.Context(), c.ServiceURL("servers"), nil).Err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		require.NoError(t, err)
	}
	assert.Equal(t, int64(1), reauths.Load())
	assert.LessOrEqual(t, unauthorized.Load(), int64(64))
}

func TestReauthIsBoundedToOncePerRequest(t *testing.T) {
	s := th.Setup(t)
	var hits atomic.Int64
	s.Mux.HandleFunc("GET /servers", func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		th.WriteJSON(w, http.StatusUnauthorized, `{"error": {"code": 401, "message": "token rejected"}}`)
	})
	c := s.ServiceClient()
	var reauths atomic.Int64
	n := 0
	c.ReauthFunc = func(ctx context.Context) error {
		reauths.Add(1)
		n++
		c.SetToken("token-" + string(rune('a'+n)))
		return nil
	}
	r := c.Get(t.Context(), c.ServiceURL("servers"), nil)
	require.ErrorIs(t, r.Err, gophercloud.ErrUnauthorized)
	assert.Contains(t, r.Err.Error(), "token rejected")
	assert.Equal(t, int64(1), reauths.Load())
	assert.Equal(t, int64(2), hits.Load())
}

func TestReauthFailureIsReported(t *testing.T) {
	s := th.Setup(t)
	s.Mux.HandleFunc("GET /servers", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusUnauthorized)
	})
	c := s.ServiceClient()
	c.ReauthFunc = func(context.Context) error { return errors.New("keystone is down") }
	r := c.Get(t.Context(), c.ServiceURL("servers"), nil)
	require.ErrorIs(t, r.Err, gophercloud.ErrReauthFailed)
	assert.Contains(t, r.Err.Error(), "keystone is down")
}

func TestNoAuthRequestsNeitherSendTokenNorReauth(t *testing.T) {
	s := th.Setup(t)
	s.Mux.HandleFunc("POST /v3/auth/tokens", func(w http.ResponseWriter, r *http.Request) {
		th.TestHeaderUnset(t, r, "X-Auth-Token")
		w.WriteHeader(http.StatusUnauthorized)
	})
	c := s.ServiceClient()
	c.ReauthFunc = func(context.Context) error { t.Error("reauth must not run for NoAuth requests"); return nil }
	r := c.Post(t.Context(), c.ServiceURL("v3", "auth", "tokens"), map[string]any{}, &gophercloud.RequestOpts{NoAuth: true})
	require.ErrorIs(t, r.Err, gophercloud.ErrUnauthorized)
}

func TestRefreshBeforeExpiry(t *testing.T) {
	s := th.Setup(t)
	s.Mux.HandleFunc("GET /servers", func(w http.ResponseWriter, r *http.Request) {
		th.TestHeader(t, r, "X-Auth-Token", "fresh")
		th.WriteJSON(w, http.StatusOK, `{"servers": []}`)
	})
	c := s.ServiceClient()
	c.SetTokenWithExpiry("old", time.Now().Add(time.Minute))
	c.RefreshBefore = 5 * time.Minute
	c.ReauthFunc = func(context.Context) error {
		c.SetTokenWithExpiry("fresh", time.Now().Add(time.Hour))
		return nil
	}
	require.NoError(t, c.Get(t.Context(), c.ServiceURL("servers"), nil).Err)
	assert.Equal(t, "fresh", c.Token())
}

func TestRetry(t *testing.T) {
	past := time.Now().Add(-time.Hour).UTC().Format(http.TimeFormat)
	tests := []struct {
		name       string
		method     string
		status     int
		retryAfter string
		wantHits   int64
		wantErr    error
	}{
		{"GET 503 then ok", http.MethodGet, 503, "", 2, nil},
		{"GET 502 then ok", http.MethodGet, 502, "", 2, nil},
		{"GET 504 then ok", http.MethodGet, 504, "", 2, nil},
		{"PUT 503 then ok", http.MethodPut, 503, "", 2, nil},
		{"POST 503 is not retried", http.MethodPost, 503, "", 1, gophercloud.ErrServiceUnavailable},
		{"POST 429 is retried", http.MethodPost, 429, "0", 2, nil},
		{"GET 429 with HTTP-date Retry-After", http.MethodGet, 429, past, 2, nil},
		{"Retry-After over MaxDelay fails at once", http.MethodGet, 429, "3600", 1, gophercloud.ErrRateLimited},
		{"GET 500 is not retried", http.MethodGet, 500, "", 1, gophercloud.ErrServerError},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := th.Setup(t)
			var hits atomic.Int64
			s.Handle("/thing", func(w http.ResponseWriter, r *http.Request) {
				if hits.Add(1) == 1 {
					if tt.retryAfter != "" {
						w.Header().Set("Retry-After", tt.retryAfter)
					}
					th.WriteJSON(w, tt.status, `{"message": "try later"}`)
					return
				}
				th.TestJSONRequest(t, r, `{"a": 1}`) // the body is replayed intact
				th.WriteJSON(w, http.StatusOK, `{}`)
			})
			c := s.ServiceClient()
			r := c.Do(t.Context(), tt.method, c.ServiceURL("thing"), &gophercloud.RequestOpts{JSONBody: map[string]int{"a": 1}, OkCodes: []int{200}})
			if tt.wantErr != nil {
				require.ErrorIs(t, r.Err, tt.wantErr)
			} else {
				require.NoError(t, r.Err)
			}
			assert.Equal(t, tt.wantHits, hits.Load())
		})
	}
}

func TestRetryAfterSecondsIsHonoured(t *testing.T) {
	s := th.Setup(t)
	var hits atomic.Int64
	s.Handle("GET /slow", func(w http.ResponseWriter, r *http.Request) {
		if hits.Add(1) == 1 {
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		th.WriteJSON(w, http.StatusOK, `{}`)
	})
	c := s.ServiceClient()
	c.Retry.MaxDelay = 5 * time.Second
	start := time.Now()
	require.NoError(t, c.Get(t.Context(), c.ServiceURL("slow"), nil).Err)
	assert.GreaterOrEqual(t, time.Since(start), time.Second)
}

func TestRetryWaitStopsOnCancel(t *testing.T) {
	s := th.Setup(t)
	s.Handle("GET /slow", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "30")
		w.WriteHeader(http.StatusServiceUnavailable)
	})
	c := s.ServiceClient()
	c.Retry.MaxDelay = time.Minute
	ctx, cancel := context.WithTimeout(t.Context(), 100*time.Millisecond)
	defer cancel()
	start := time.Now()
	err := c.Get(ctx, c.ServiceURL("slow"), nil).Err
	require.ErrorIs(t, err, context.DeadlineExceeded)
	assert.Less(t, time.Since(start), 5*time.Second)
}

// A connection reset on an idempotent request is retried.
func TestRetryOnConnectionReset(t *testing.T) {
	s := th.Setup(t)
	var hits atomic.Int64
	s.Handle("GET /flaky", func(w http.ResponseWriter, r *http.Request) {
		if hits.Add(1) == 1 {
			conn, _, err := w.(http.Hijacker).Hijack()
			require.NoError(t, err)
			if tc, ok := conn.(*net.TCPConn); ok {
				_ = tc.SetLinger(0) // RST instead of FIN
			}
			conn.Close()
			return
		}
		th.WriteJSON(w, http.StatusOK, `{}`)
	})
	c := s.ServiceClient()
	require.NoError(t, c.Get(t.Context(), c.ServiceURL("flaky"), nil).Err)
	assert.Equal(t, int64(2), hits.Load())
}

func TestRedirectNeverCarriesTokenToAnotherHost(t *testing.T) {
	var otherSawToken atomic.Value
	other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		otherSawToken.Store(r.Header.Get("X-Auth-Token"))
		th.WriteJSON(w, http.StatusOK, `{}`)
	}))
	t.Cleanup(other.Close)
	s := th.Setup(t)
	s.Handle("GET /away", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, other.URL+"/landing", http.StatusFound)
	})
	s.Handle("GET /here", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/landing", http.StatusFound)
	})
	s.Handle("GET /landing", func(w http.ResponseWriter, r *http.Request) { th.WriteJSON(w, http.StatusOK, `{}`) })
	c := s.ServiceClient()
	require.NoError(t, c.Get(t.Context(), c.ServiceURL("away"), nil).Err)
	assert.Equal(t, "", otherSawToken.Load())
	// Same host: the token still goes (Handle asserts it on /landing).
	require.NoError(t, c.Get(t.Context(), c.ServiceURL("here"), nil).Err)
}

func TestDebugLogRedactsSecrets(t *testing.T) {
	s := th.Setup(t)
	s.HandleNoAuth("POST /v3/auth/tokens", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Subject-Token", "gAAAAA-subject-secret")
		w.Header().Set("Openstack-Auth-Receipt", "receipt-secret")
		th.WriteJSON(w, http.StatusCreated, `{"token": {"id": "v2-token-secret", "methods": ["password"]}, "adminPass": "nova-pass-secret"}`)
	})
	var logs bytes.Buffer
	c := s.ServiceClient()
	c.Logger = slog.New(slog.NewJSONHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	body := map[string]any{"auth": map[string]any{"identity": map[string]any{
		"password":               map[string]any{"user": map[string]any{"name": "demo", "password": "hunter2-secret"}},
		"application_credential": map[string]any{"id": "ac", "secret": "appcred-secret"},
		"totp":                   map[string]any{"user": map[string]any{"passcode": "123456-secret"}},
	}}}
	r := c.Post(t.Context(), c.ServiceURL("v3", "auth", "tokens")+"?temp_url_sig=sig-secret", body, &gophercloud.RequestOpts{NoAuth: true})
	require.NoError(t, r.Err)
	out := logs.String()
	require.Contains(t, out, "openstack request")
	require.Contains(t, out, "openstack response")
	for _, secret := range []string{"hunter2-secret", "appcred-secret", "123456-secret", "gAAAAA-subject-secret", "receipt-secret", "v2-token-secret", "nova-pass-secret", "sig-secret", th.TokenID} {
		assert.NotContains(t, out, secret)
	}
	assert.Contains(t, out, `"name\":\"demo\"`) // the rest of the body is still there
}

// The MFA receipt is hidden in logs but stays in the error of the 401
// that carries it: finishing the authentication needs it.
func TestReceiptKeptInErrorHiddenInLog(t *testing.T) {
	s := th.Setup(t)
	s.HandleNoAuth("POST /v3/auth/tokens", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Openstack-Auth-Receipt", "receipt-secret")
		w.Header().Set("X-Subject-Token", "subject-secret")
		th.WriteJSON(w, http.StatusUnauthorized, `{"error": {"code": 401, "message": "additional authentications steps required"}}`)
	})
	var logs bytes.Buffer
	c := s.ServiceClient()
	c.Logger = slog.New(slog.NewJSONHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	err := c.Post(t.Context(), c.ServiceURL("v3", "auth", "tokens"), map[string]any{}, &gophercloud.RequestOpts{NoAuth: true}).Err
	var ue *gophercloud.ErrUnexpectedResponseCode
	require.ErrorAs(t, err, &ue)
	assert.Equal(t, "receipt-secret", ue.Header.Get("Openstack-Auth-Receipt"))
	assert.Equal(t, "***", ue.Header.Get("X-Subject-Token"))
	assert.NotContains(t, err.Error(), "receipt-secret")
	require.Contains(t, logs.String(), "openstack response")
	assert.NotContains(t, logs.String(), "receipt-secret")
}

func TestLoggingIsOffWithoutLogger(t *testing.T) {
	s := th.Setup(t)
	s.HandleJSON("GET /x", http.StatusOK, `{}`)
	c := s.ServiceClient()
	c.Logger = slog.New(slog.NewTextHandler(io.Discard, &slog.HandlerOptions{Level: slog.LevelInfo}))
	require.NoError(t, c.Get(t.Context(), c.ServiceURL("x"), nil).Err)
}

func TestStreamingBodyIsLeftOpen(t *testing.T) {
	s := th.Setup(t)
	payload := strings.Repeat("x", 1<<20)
	s.Handle("GET /blob", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/octet-stream")
		_, _ = io.WriteString(w, payload)
	})
	c := s.ServiceClient()
	resp, err := c.Request(t.Context(), http.MethodGet, c.ServiceURL("blob"), &gophercloud.RequestOpts{KeepResponseBody: true})
	require.NoError(t, err)
	defer resp.Body.Close()
	n, err := io.Copy(io.Discard, resp.Body)
	require.NoError(t, err)
	assert.Equal(t, int64(len(payload)), n)
}

func TestRawBodyWithoutReplayIsNotRetried(t *testing.T) {
	s := th.Setup(t)
	var hits atomic.Int64
	s.Handle("PUT /obj", func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.WriteHeader(http.StatusServiceUnavailable)
	})
	c := s.ServiceClient()
	pr, pw := io.Pipe()
	go func() { _, _ = pw.Write([]byte("data")); pw.Close() }()
	r := c.Do(t.Context(), http.MethodPut, c.ServiceURL("obj"), &gophercloud.RequestOpts{RawBody: pr, OkCodes: []int{201}})
	require.ErrorIs(t, r.Err, gophercloud.ErrServiceUnavailable)
	assert.Equal(t, int64(1), hits.Load())
}

func TestSeekableRawBodyIsReplayed(t *testing.T) {
	s := th.Setup(t)
	var hits atomic.Int64
	s.Handle("PUT /obj", func(w http.ResponseWriter, r *http.Request) {
		if hits.Add(1) == 1 {
			w.WriteHeader(http.StatusServiceUnavailable)
			return
		}
		th.TestBody(t, r, "payload")
		w.WriteHeader(http.StatusCreated)
	})
	c := s.ServiceClient()
	r := c.Do(t.Context(), http.MethodPut, c.ServiceURL("obj"), &gophercloud.RequestOpts{RawBody: strings.NewReader("payload"), OkCodes: []int{201}})
	require.NoError(t, r.Err)
	assert.Equal(t, int64(2), hits.Load())
}

func TestNilContextIsAnError(t *testing.T) {
	s := th.Setup(t)
	c := s.ServiceClient()
	//lint:ignore SA1012 testing the nil guard
	var ctx context.Context
	require.Error(t, c.Get(ctx, c.ServiceURL("x"), nil).Err)
}
