package gophercloud_test

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/cloudsdk/gophercloud"
	th "github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A replayed request (after a 401 and re-authentication, or after a retry)
// must send its whole body again, however the body was given.
func TestReplayResendsTheWholeBody(t *testing.T) {
	payload := strings.Repeat("0123456789", 10_000)
	cases := []struct {
		name  string
		first int // status of the first attempt
		opts  func() *gophercloud.RequestOpts
	}{
		{"401 seekable", http.StatusUnauthorized, func() *gophercloud.RequestOpts {
			return &gophercloud.RequestOpts{RawBody: strings.NewReader(payload)}
		}},
		{"401 seekable with ContentLength", http.StatusUnauthorized, func() *gophercloud.RequestOpts {
			return &gophercloud.RequestOpts{RawBody: strings.NewReader(payload), ContentLength: int64(len(payload))}
		}},
		{"401 GetBody", http.StatusUnauthorized, func() *gophercloud.RequestOpts {
			return &gophercloud.RequestOpts{
				RawBody: strings.NewReader(payload),
				GetBody: func() (io.Reader, error) { return strings.NewReader(payload), nil },
			}
		}},
		{"401 JSON", http.StatusUnauthorized, func() *gophercloud.RequestOpts {
			return &gophercloud.RequestOpts{JSONBody: payload}
		}},
		{"503 seekable", http.StatusServiceUnavailable, func() *gophercloud.RequestOpts {
			return &gophercloud.RequestOpts{RawBody: strings.NewReader(payload)}
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := th.Setup(t)
			var hits atomic.Int64
			var lastLen atomic.Int64
			s.Mux.HandleFunc("PUT /obj", func(w http.ResponseWriter, r *http.Request) {
				b, _ := io.ReadAll(r.Body)
				if hits.Add(1) == 1 {
					w.WriteHeader(tc.first)
					return
				}
				lastLen.Store(int64(len(b)))
				if !strings.Contains(string(b), payload) {
					w.WriteHeader(http.StatusBadRequest)
					return
				}
				w.WriteHeader(http.StatusCreated)
			})
			c := s.ServiceClient()
			c.Retry.BaseDelay = 0
			c.ReauthFunc = func(context.Context) error { c.SetToken("fresh"); return nil }
			opts := tc.opts()
			opts.OkCodes = []int{201}
			r := c.Do(t.Context(), http.MethodPut, c.ServiceURL("obj"), opts)
			require.NoError(t, r.Err)
			assert.Equal(t, int64(2), hits.Load())
			assert.GreaterOrEqual(t, lastLen.Load(), int64(len(payload)), "the replay sent a truncated body")
		})
	}
}

// A one-shot stream cannot be replayed: after a 401 the token is renewed
// (so the caller's next call works) and the call fails clearly, rather
// than storing what is left of the stream.
func TestReplayOfOneShotStreamFailsClearly(t *testing.T) {
	s := th.Setup(t)
	var hits atomic.Int64
	s.Mux.HandleFunc("PUT /obj", func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.Copy(io.Discard, r.Body)
		hits.Add(1)
		w.WriteHeader(http.StatusUnauthorized)
	})
	c := s.ServiceClient()
	var reauths atomic.Int64
	c.ReauthFunc = func(context.Context) error { reauths.Add(1); c.SetToken("fresh"); return nil }
	pr, pw := io.Pipe()
	go func() { _, _ = pw.Write([]byte("data")); pw.Close() }()
	r := c.Do(t.Context(), http.MethodPut, c.ServiceURL("obj"), &gophercloud.RequestOpts{RawBody: pr})
	require.ErrorIs(t, r.Err, gophercloud.ErrBodyNotReplayable)
	require.ErrorIs(t, r.Err, gophercloud.ErrUnauthorized)
	assert.Equal(t, int64(1), hits.Load(), "nothing is sent twice")
	assert.Equal(t, int64(1), reauths.Load())
	assert.Equal(t, "fresh", c.Token())
}

// lyingServer answers every request with a 200 whose Content-Length claims
// claimed bytes but sends only body.
func lyingServer(t *testing.T, claimed int64, body string) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			conn, err := ln.Accept()
			if err != nil {
				return
			}
			go func() {
				defer conn.Close()
				_, _ = http.ReadRequest(bufio.NewReader(conn))
				fmt.Fprintf(conn, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s", claimed, body)
			}()
		}
	}()
	return "http://" + ln.Addr().String() + "/"
}

// A reply can never make the client allocate what it merely claims.
func TestContentLengthIsNotTrusted(t *testing.T) {
	url := lyingServer(t, 1<<30-1, `{"thing": {"id": "x"}}`)
	c := &gophercloud.ServiceClient{ProviderClient: gophercloud.NewProviderClient(), Endpoint: url}
	c.MaxBodyBytes = -1 // no cap: only the buffer sizing is under test
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	r := c.Get(t.Context(), url+"thing", nil)
	runtime.ReadMemStats(&after)
	require.Error(t, r.Err, "the body ends early") // unexpected EOF
	assert.Less(t, after.TotalAlloc-before.TotalAlloc, uint64(4<<20), "allocated from Content-Length")
}

func TestBodyCap(t *testing.T) {
	s := th.Setup(t)
	big := `{"things": ["` + strings.Repeat("x", 200<<10) + `"]}`
	s.Handle("GET /claimed", func(w http.ResponseWriter, r *http.Request) { th.WriteJSON(w, 200, big) })
	s.Handle("GET /chunked", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		for i := 0; i < len(big); i += 1000 {
			_, _ = io.WriteString(w, big[i:min(i+1000, len(big))])
			w.(http.Flusher).Flush()
		}
	})
	for _, path := range []string{"claimed", "chunked"} {
		t.Run(path, func(t *testing.T) {
			c := s.ServiceClient()
			c.MaxBodyBytes = 100 << 10
			r := c.Get(t.Context(), c.ServiceURL(path), nil)
			require.ErrorIs(t, r.Err, gophercloud.ErrBodyTooLarge)
			assert.Contains(t, r.Err.Error(), "MaxBodyBytes")

			c.MaxBodyBytes = 0 // the default, 64 MiB
			r = c.Get(t.Context(), c.ServiceURL(path), nil)
			require.NoError(t, r.Err)
			assert.Equal(t, big, string(r.Body))
		})
	}
}

// Credentials never follow a redirect to another host.
func TestCrossHostRedirectOfABodyIsRefused(t *testing.T) {
	var leaked atomic.Int64
	other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		leaked.Add(1)
		w.WriteHeader(http.StatusCreated)
	}))
	t.Cleanup(other.Close)
	for _, code := range []int{301, 302, 303, 307, 308} {
		t.Run(fmt.Sprint(code), func(t *testing.T) {
			s := th.Setup(t)
			s.Mux.HandleFunc("POST /v3/auth/tokens", func(w http.ResponseWriter, r *http.Request) {
				http.Redirect(w, r, other.URL+"/v3/auth/tokens", code)
			})
			c := s.ServiceClient()
			body := map[string]any{"auth": map[string]any{"identity": map[string]any{"password": map[string]any{"user": map[string]string{"name": "u", "password": "s3cret"}}}}}
			r := c.Post(t.Context(), c.ServiceURL("v3", "auth", "tokens"), body, &gophercloud.RequestOpts{NoAuth: true})
			require.ErrorIs(t, r.Err, gophercloud.ErrRedirectRefused)
			assert.NotContains(t, r.Err.Error(), "s3cret")
			assert.Equal(t, int64(0), leaked.Load(), "the request reached the other host")
		})
	}
}

func TestSameHostRedirectOfABodyIsFollowed(t *testing.T) {
	s := th.Setup(t)
	s.Mux.HandleFunc("POST /old", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/new", http.StatusPermanentRedirect)
	})
	s.Handle("POST /new", func(w http.ResponseWriter, r *http.Request) {
		th.TestJSONRequest(t, r, `{"a": 1}`)
		th.WriteJSON(w, http.StatusCreated, `{}`)
	})
	c := s.ServiceClient()
	r := c.Post(t.Context(), c.ServiceURL("old"), map[string]int{"a": 1}, nil)
	require.NoError(t, r.Err)
}

// Empty and dot IDs never reach the wire.
func TestBadSegmentsAreRefusedBeforeAnyRequest(t *testing.T) {
	s := th.Setup(t) // fails the test on any request no handler matches
	c := s.ServiceClient()
	for _, id := range []string{"", ".", ".."} {
		for _, method := range []string{http.MethodGet, http.MethodDelete, http.MethodPost, http.MethodPut} {
			r := c.Do(t.Context(), method, c.ServiceURL("servers", id), nil)
			var inv *gophercloud.ErrInvalidInput
			require.ErrorAs(t, r.Err, &inv, "%s %q", method, id)
			assert.Equal(t, id, inv.Value)
			require.ErrorIs(t, r.Err, gophercloud.ErrInvalidOptions)
		}
	}
	assert.Equal(t, c.ResourceBaseURL()+"servers/a%2Fb/x%20y", c.ServiceURL("servers", "a/b", "x y"))
}

// Every error type the SDK returns works with errors.As through a pointer
// target, and with errors.Is against its sentinels.
func TestErrorTypesWorkWithErrorsAs(t *testing.T) {
	s := th.Setup(t)
	s.Handle("GET /missing", func(w http.ResponseWriter, r *http.Request) {
		th.WriteJSON(w, http.StatusNotFound, `{"itemNotFound": {"message": "no such thing", "code": 404}}`)
	})
	c := s.ServiceClient()
	statusErr := c.Get(t.Context(), c.ServiceURL("missing"), nil).Err
	_, missingErr := gophercloud.BuildRequestBody(struct {
		Name string `json:"name" required:"true"`
	}{}, "thing")
	invalidErr := c.Do(t.Context(), http.MethodGet, c.ServiceURL("x"), &gophercloud.RequestOpts{MoreHeaders: map[string]string{"X": "a\nb"}}).Err

	wrap := func(err error) error { return fmt.Errorf("outer: %w", err) }
	t.Run("ErrUnexpectedResponseCode", func(t *testing.T) {
		var e *gophercloud.ErrUnexpectedResponseCode
		require.True(t, errors.As(wrap(statusErr), &e))
		assert.Equal(t, 404, e.Actual)
		assert.ErrorIs(t, statusErr, gophercloud.ErrNotFound)
	})
	t.Run("ErrMissingInput", func(t *testing.T) {
		var e *gophercloud.ErrMissingInput
		require.True(t, errors.As(wrap(missingErr), &e), "%T", missingErr)
		assert.Contains(t, e.Argument, "Name")
		assert.ErrorIs(t, missingErr, gophercloud.ErrInvalidOptions)
	})
	t.Run("ErrInvalidInput", func(t *testing.T) {
		var e *gophercloud.ErrInvalidInput
		require.True(t, errors.As(wrap(invalidErr), &e), "%T", invalidErr)
		assert.ErrorIs(t, invalidErr, gophercloud.ErrInvalidOptions)
	})
	t.Run("ErrNoBody", func(t *testing.T) {
		_, err := gophercloud.Extract[struct{}](gophercloud.Result{StatusCode: 202}, "thing")
		assert.ErrorIs(t, err, gophercloud.ErrNoBody)
		assert.ErrorIs(t, err, gophercloud.ErrMalformedResponse)
	})
}

// The caller owns its reader: a file given as the body is still open after
// the call, and a 401 that arrives before the first attempt was read
// whole does not race with the replay (run with -race).
func TestRawBodyStaysTheCallers(t *testing.T) {
	payload := strings.Repeat("x", 4<<20)
	f, err := os.CreateTemp(t.TempDir(), "body")
	require.NoError(t, err)
	t.Cleanup(func() { f.Close() })
	_, err = f.WriteString(payload)
	require.NoError(t, err)
	_, err = f.Seek(0, io.SeekStart)
	require.NoError(t, err)

	s := th.Setup(t)
	var hits atomic.Int64
	s.Mux.HandleFunc("PUT /obj", func(w http.ResponseWriter, r *http.Request) {
		if hits.Add(1) == 1 {
			w.WriteHeader(http.StatusUnauthorized) // answer before reading the body
			return
		}
		b, _ := io.ReadAll(r.Body)
		if string(b) != payload {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		w.WriteHeader(http.StatusCreated)
	})
	c := s.ServiceClient()
	c.ReauthFunc = func(context.Context) error { c.SetToken("fresh"); return nil }
	r := c.Do(t.Context(), http.MethodPut, c.ServiceURL("obj"), &gophercloud.RequestOpts{RawBody: f, ContentLength: int64(len(payload)), OkCodes: []int{201}})
	require.NoError(t, r.Err)
	_, err = f.Stat()
	require.NoError(t, err, "the SDK closed the caller's file")
	_, err = f.Seek(0, io.SeekStart)
	require.NoError(t, err, "the caller's file is no longer usable")
}
