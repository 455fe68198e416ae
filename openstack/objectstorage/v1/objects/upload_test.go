package objects_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/objects"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// expiringSwift answers the first PUT with 401, as Swift does when the
// token expired while the client was sending, after reading read bytes of
// the body (-1: all of it). It stores what every later PUT sends.
type expiringSwift struct {
	mu     sync.Mutex
	puts   int
	stored []byte
}

func newExpiringSwift(t *testing.T, read int) (*expiringSwift, *gophercloud.ServiceClient, *atomic.Int32) {
	th := testhelper.Setup(t)
	s := &expiringSwift{}
	th.Handle("PUT /c/o", func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.puts++
		first := s.puts == 1
		s.mu.Unlock()
		if first {
			if read < 0 {
				_, _ = io.Copy(io.Discard, r.Body)
			} else {
				_, _ = io.CopyN(io.Discard, r.Body, int64(read))
			}
			testhelper.WriteJSON(w, http.StatusUnauthorized, `{"error": {"code": 401, "message": "The request you have made requires authentication."}}`)
			return
		}
		b, err := io.ReadAll(r.Body)
		assert.NoError(t, err)
		assert.Equal(t, r.ContentLength < 0 || int(r.ContentLength) == len(b), true, "Content-Length %d, body %d bytes", r.ContentLength, len(b))
		s.mu.Lock()
		s.stored = b
		s.mu.Unlock()
		w.Header().Set("Etag", md5hex(b))
		w.WriteHeader(http.StatusCreated)
	})
	c := th.ServiceClient()
	reauths := new(atomic.Int32)
	c.ReauthFunc = func(context.Context) error {
		reauths.Add(1)
		c.SetToken(testhelper.TokenID)
		return nil
	}
	return s, c, reauths
}

// TestCreateReauthReplaysBody: a PUT answered 401 is sent again after the
// re-authentication, in full, whatever the server read of the first
// attempt; the MD5 and the progress of the first attempt are forgotten.
// Without the rewind the replay stores 0 bytes (or fails on the
// Content-Length); without the reset the MD5 of both attempts is checked.
func TestCreateReauthReplaysBody(t *testing.T) {
	data := bytes.Repeat([]byte("0123456789abcdef"), 20<<10) // 320 KiB: more than net/http buffers or discards
	path := filepath.Join(t.TempDir(), "f")
	require.NoError(t, os.WriteFile(path, data, 0o600))
	readers := []struct {
		name string
		open func(t *testing.T) io.Reader
	}{
		{"bytes.Reader", func(*testing.T) io.Reader { return bytes.NewReader(data) }},
		{"os.File", func(t *testing.T) io.Reader {
			f, err := os.Open(path)
			require.NoError(t, err)
			t.Cleanup(func() { f.Close() })
			return f
		}},
		{"seeker of unknown size", func(*testing.T) io.Reader { return seekOnly{bytes.NewReader(data)} }},
	}
	for _, rd := range readers {
		for _, opts := range []struct {
			name string
			opts objects.CreateOpts
		}{
			{"checksum", objects.CreateOpts{}},
			{"NoChecksum", objects.CreateOpts{NoChecksum: true}},
			{"checksum and progress", objects.CreateOpts{Progress: func(int64, int64) {}}},
			{"NoChecksum and progress", objects.CreateOpts{NoChecksum: true, Progress: func(int64, int64) {}}},
		} {
			// A server that stops reading early costs net/http's server
			// half a second before it closes: one such case per reader.
			reads := []int{-1}
			if opts.name == "checksum" {
				reads = append(reads, 1000)
			}
			for _, read := range reads {
				name := rd.name + "/" + opts.name + "/read " + map[int]string{-1: "all", 1000: "1000 bytes"}[read]
				t.Run(name, func(t *testing.T) {
					s, c, reauths := newExpiringSwift(t, read)
					o := opts.opts
					var last atomic.Int64
					if o.Progress != nil {
						o.Progress = func(done, _ int64) { last.Store(done) }
					}
					h, err := objects.Create(t.Context(), c, "c", "o", rd.open(t), o).Extract()
					require.NoError(t, err)
					assert.Equal(t, int32(1), reauths.Load())
					assert.Equal(t, 2, s.puts)
					require.Equal(t, len(data), len(s.stored), "the replay sends every byte")
					assert.True(t, bytes.Equal(data, s.stored))
					assert.Equal(t, md5hex(data), h.ETag)
					if o.NoChecksum {
						assert.Empty(t, h.MD5)
					} else {
						assert.Equal(t, md5hex(data), h.MD5, "the MD5 covers the replay only")
					}
					if o.Progress != nil {
						assert.Equal(t, int64(len(data)), last.Load(), "the first attempt's bytes are taken back")
					}
				})
			}
		}
	}
}

// TestCreateReauthOneShotStream: a pipe cannot be sent twice. After the
// 401 the token is renewed and the error says the body could not be
// replayed; nothing is stored.
func TestCreateReauthOneShotStream(t *testing.T) {
	for _, opts := range []objects.CreateOpts{{}, {NoChecksum: true}} {
		t.Run("NoChecksum="+map[bool]string{true: "true", false: "false"}[opts.NoChecksum], func(t *testing.T) {
			s, c, reauths := newExpiringSwift(t, -1)
			pr, pw := io.Pipe()
			go func() {
				_, err := pw.Write(bytes.Repeat([]byte("x"), 100_000))
				pw.CloseWithError(err)
			}()
			t.Cleanup(func() { pr.Close() })
			_, err := objects.Create(t.Context(), c, "c", "o", pr, opts).Extract()
			require.Error(t, err)
			assert.True(t, errors.Is(err, gophercloud.ErrBodyNotReplayable), "got %v", err)
			assert.True(t, errors.Is(err, gophercloud.ErrUnauthorized), "the 401 is kept: %v", err)
			assert.Equal(t, int32(1), reauths.Load(), "the token is renewed for the next call")
			assert.Equal(t, 1, s.puts, "nothing is sent again")
			assert.Nil(t, s.stored)
		})
	}
}

// seekOnly hides everything but Read and Seek: the SDK cannot learn the
// size, so the body is chunked, yet it can be rewound.
type seekOnly struct{ r *bytes.Reader }

func (s seekOnly) Read(p []byte) (int, error)                { return s.r.Read(p) }
func (s seekOnly) Seek(off int64, whence int) (int64, error) { return s.r.Seek(off, whence) }
