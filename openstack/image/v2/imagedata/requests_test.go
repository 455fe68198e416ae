package imagedata_test

import (
	"bytes"
	"context"
	"crypto/md5"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/image/v2/imagedata"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fakeStore answers PUT pattern, keeping the body of each request.
type fakeStore struct {
	mu     sync.Mutex
	bodies []string
	chunks []bool // whether each request was chunked
	lens   []int64
}

func (f *fakeStore) handler(t *testing.T) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestHeader(t, r, "Content-Type", "application/octet-stream")
		b, err := io.ReadAll(r.Body)
		require.NoError(t, err)
		f.mu.Lock()
		f.bodies = append(f.bodies, string(b))
		f.chunks = append(f.chunks, len(r.TransferEncoding) > 0 && r.TransferEncoding[0] == "chunked")
		f.lens = append(f.lens, r.ContentLength)
		f.mu.Unlock()
		w.WriteHeader(http.StatusNoContent)
	}
}

func pipeOf(s string) io.Reader {
	pr, pw := io.Pipe()
	go func() { _, _ = io.Copy(pw, strings.NewReader(s)); _ = pw.Close() }()
	return pr
}

func fileOf(t *testing.T, s string) *os.File {
	p := filepath.Join(t.TempDir(), "image.raw")
	require.NoError(t, os.WriteFile(p, []byte(s), 0o600))
	f, err := os.Open(p)
	require.NoError(t, err)
	t.Cleanup(func() { _ = f.Close() })
	return f
}

func TestUpload(t *testing.T) {
	cases := []struct {
		name    string
		reader  func(t *testing.T) io.Reader
		opts    imagedata.UploadOpts
		chunked bool
	}{
		{"bytes.Reader", func(*testing.T) io.Reader { return bytes.NewReader([]byte(payload)) }, imagedata.UploadOpts{}, false},
		{"os.File", func(t *testing.T) io.Reader { return fileOf(t, payload) }, imagedata.UploadOpts{}, false},
		{"pipe", func(*testing.T) io.Reader { return pipeOf(payload) }, imagedata.UploadOpts{}, true},
		{"pipe with length", func(*testing.T) io.Reader { return pipeOf(payload) }, imagedata.UploadOpts{ContentLength: int64(len(payload))}, false},
	}
	for _, tc := range cases {
		for _, stage := range []bool{false, true} {
			call, pattern := imagedata.Upload, "PUT /images/{id}/file"
			if stage {
				call, pattern = imagedata.Stage, "PUT /images/{id}/stage"
			}
			t.Run(tc.name+" "+pattern, func(t *testing.T) {
				th := testhelper.Setup(t)
				var store fakeStore
				th.Handle(pattern, store.handler(t))
				var last, total atomic.Int64
				opts := tc.opts
				opts.Progress = func(done, tot int64) { last.Store(done); total.Store(tot) }
				err := call(t.Context(), th.ServiceClient(), imageID, tc.reader(t), opts).ExtractErr()
				require.NoError(t, err)
				require.Len(t, store.bodies, 1)
				assert.Equal(t, payload, store.bodies[0])
				assert.Equal(t, tc.chunked, store.chunks[0])
				if !tc.chunked {
					assert.Equal(t, int64(len(payload)), store.lens[0])
					assert.Equal(t, int64(len(payload)), total.Load())
				} else {
					assert.Equal(t, int64(-1), total.Load())
				}
				assert.Equal(t, int64(len(payload)), last.Load())
			})
		}
	}
	testhelper.CheckFailures(t, "PUT /images/{id}/file", http.StatusNoContent, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		return imagedata.Upload(ctx, c, imageID, strings.NewReader("x"), imagedata.UploadOpts{}).ExtractErr()
	})
	testhelper.CheckFailures(t, "PUT /images/{id}/stage", http.StatusNoContent, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		return imagedata.Stage(ctx, c, imageID, strings.NewReader("x"), imagedata.UploadOpts{}).ExtractErr()
	})
}

func TestUploadRejectsBadOptions(t *testing.T) {
	th := testhelper.Setup(t)
	err := imagedata.Upload(t.Context(), th.ServiceClient(), imageID, strings.NewReader("x"), imagedata.UploadOpts{ContentLength: -1}).ExtractErr()
	var invalid *gophercloud.ErrInvalidInput
	require.ErrorAs(t, err, &invalid)
}

// A 401 on the first attempt makes the client re-authenticate and send
// the whole body again when the reader can seek; a pipe cannot be sent
// twice and fails clearly.
func TestUploadReplayAfter401(t *testing.T) {
	cases := []struct {
		name   string
		reader func(t *testing.T) io.Reader
		wantOK bool
	}{
		{"bytes.Reader", func(*testing.T) io.Reader { return bytes.NewReader([]byte(payload)) }, true},
		{"os.File", func(t *testing.T) io.Reader { return fileOf(t, payload) }, true},
		{"pipe", func(*testing.T) io.Reader { return pipeOf(payload) }, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			th := testhelper.Setup(t)
			var hits atomic.Int64
			var mu sync.Mutex
			var got []string
			th.Mux.HandleFunc("PUT /images/{id}/file", func(w http.ResponseWriter, r *http.Request) {
				b, _ := io.ReadAll(r.Body)
				mu.Lock()
				got = append(got, string(b))
				mu.Unlock()
				if hits.Add(1) == 1 {
					testhelper.WriteJSON(w, http.StatusUnauthorized, `{"error": {"code": 401, "message": "expired"}}`)
					return
				}
				w.WriteHeader(http.StatusNoContent)
			})
			c := th.ServiceClient()
			c.ReauthFunc = func(context.Context) error { c.SetToken("fresh"); return nil }
			var last atomic.Int64
			err := imagedata.Upload(t.Context(), c, imageID, tc.reader(t), imagedata.UploadOpts{
				Progress: func(done, _ int64) { last.Store(done) },
			}).ExtractErr()
			if !tc.wantOK {
				require.ErrorIs(t, err, gophercloud.ErrBodyNotReplayable)
				assert.Equal(t, int64(1), hits.Load())
				return
			}
			require.NoError(t, err)
			require.Equal(t, int64(2), hits.Load())
			assert.Equal(t, payload, got[1], "the replay must send the whole body")
			assert.Equal(t, int64(len(payload)), last.Load(), "progress starts over on a replay")
		})
	}
}

func TestDownload(t *testing.T) {
	cases := []struct {
		name    string
		stored  string // what the fake sends
		image   string // GET /images/{id}
		md5     string // Content-MD5 header
		wantErr error
	}{
		{"verified sha512", payload, imageJSON(payload), "", nil},
		{"tampered sha512", payload[:len(payload)-1] + "X", imageJSON(payload), "", gophercloud.ErrChecksumMismatch},
		{"truncated sha512", payload[:100], imageJSON(payload), "", gophercloud.ErrChecksumMismatch},
		{"verified md5 header", payload, imageMD5JSON, fmt.Sprintf("%x", md5.Sum([]byte(payload))), nil},
		{"tampered md5 header", "nope", imageMD5JSON, fmt.Sprintf("%x", md5.Sum([]byte(payload))), gophercloud.ErrChecksumMismatch},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			th := testhelper.Setup(t)
			th.HandleJSON("GET /images/{id}", http.StatusOK, tc.image)
			th.Handle("GET /images/{id}/file", func(w http.ResponseWriter, r *http.Request) {
				assert.Equal(t, imageID, r.PathValue("id"))
				w.Header().Set("Content-Type", "application/octet-stream")
				w.Header().Set("Content-Length", strconv.Itoa(len(tc.stored)))
				if tc.md5 != "" {
					w.Header().Set("Content-MD5", tc.md5)
				}
				_, _ = io.WriteString(w, tc.stored)
			})
			var last, total atomic.Int64
			d, err := imagedata.Download(t.Context(), th.ServiceClient(), imageID, imagedata.DownloadOpts{
				Verify:   true,
				Progress: func(done, tot int64) { last.Store(done); total.Store(tot) },
			})
			require.NoError(t, err)
			defer d.Body.Close()
			assert.Equal(t, "application/octet-stream", d.ContentType)
			assert.Equal(t, int64(len(tc.stored)), d.ContentLength)
			b, err := io.ReadAll(d.Body)
			assert.Equal(t, tc.stored, string(b))
			assert.Equal(t, int64(len(tc.stored)), last.Load())
			assert.Equal(t, int64(len(tc.stored)), total.Load())
			if tc.wantErr == nil {
				require.NoError(t, err)
				return
			}
			require.ErrorIs(t, err, tc.wantErr)
			_, err = d.Body.Read(make([]byte, 1))
			require.ErrorIs(t, err, tc.wantErr, "the mismatch sticks")
		})
	}
}

func TestDownloadUnverifiedStreams(t *testing.T) {
	th := testhelper.Setup(t)
	release := make(chan struct{})
	th.Handle("GET /images/{id}/file", func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.WriteString(w, "first")
		w.(http.Flusher).Flush()
		<-release
		_, _ = io.WriteString(w, "second")
	})
	d, err := imagedata.Download(t.Context(), th.ServiceClient(), imageID, imagedata.DownloadOpts{})
	require.NoError(t, err)
	defer d.Body.Close()
	b := make([]byte, 5)
	_, err = io.ReadFull(d.Body, b)
	require.NoError(t, err, "the first bytes arrive before the server ends the response")
	assert.Equal(t, "first", string(b))
	close(release)
	rest, err := io.ReadAll(d.Body)
	require.NoError(t, err)
	assert.Equal(t, "second", string(rest))
}

func TestDownloadWithoutHashToVerify(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /images/{id}", http.StatusOK, imageMD5JSON)
	th.Handle("GET /images/{id}/file", func(w http.ResponseWriter, r *http.Request) { _, _ = io.WriteString(w, "data") })
	_, err := imagedata.Download(t.Context(), th.ServiceClient(), imageID, imagedata.DownloadOpts{Verify: true})
	require.ErrorIs(t, err, gophercloud.ErrMalformedResponse)
}

func TestDownloadFailures(t *testing.T) {
	testhelper.CheckFailures(t, "GET /images/{id}/file", http.StatusOK, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := imagedata.Download(ctx, c, imageID, imagedata.DownloadOpts{})
		return err
	})
	testhelper.CheckFailures(t, "GET /images/{id}", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := imagedata.Download(ctx, c, imageID, imagedata.DownloadOpts{Verify: true})
		if err == nil {
			return errors.New("no error")
		}
		return err
	})
}

func TestDownloadOfImageWithoutData(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /images/{id}", http.StatusOK, imageMD5JSON)
	th.Handle("GET /images/{id}/file", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) })
	d, err := imagedata.Download(t.Context(), th.ServiceClient(), imageID, imagedata.DownloadOpts{Verify: true})
	require.NoError(t, err)
	defer d.Body.Close()
	b, err := io.ReadAll(d.Body)
	require.NoError(t, err)
	assert.Empty(t, b)
}

// The caller's file stays open, at its end, after an upload.
func TestUploadLeavesTheFileOpen(t *testing.T) {
	th := testhelper.Setup(t)
	var store fakeStore
	th.Handle("PUT /images/{id}/file", store.handler(t))
	f := fileOf(t, payload)
	_, err := f.Seek(6, io.SeekStart)
	require.NoError(t, err)
	require.NoError(t, imagedata.Upload(t.Context(), th.ServiceClient(), imageID, f, imagedata.UploadOpts{}).ExtractErr())
	assert.Equal(t, payload[6:], store.bodies[0], "the upload starts where the file stood")
	assert.Equal(t, int64(len(payload)-6), store.lens[0])
	pos, err := f.Seek(0, io.SeekCurrent)
	require.NoError(t, err, "the file is still open")
	assert.Equal(t, int64(len(payload)), pos)
}

// glanceRecording stores what PUT /file receives and describes it on GET
// the way Glance does, after change has had its way with the record. A
// PUT with the token "stale-token" is answered 401, as an expired token.
func glanceRecording(t *testing.T, th *testhelper.Server, change func(stored string) string) *atomic.Int64 {
	var mu sync.Mutex
	var stored string
	var puts atomic.Int64
	th.Mux.HandleFunc("PUT /images/{id}/file", func(w http.ResponseWriter, r *http.Request) {
		b, err := io.ReadAll(r.Body)
		require.NoError(t, err)
		if puts.Add(1) == 1 && r.Header.Get("X-Auth-Token") == "stale-token" {
			testhelper.WriteJSON(w, http.StatusUnauthorized, `{"error": {"code": 401, "message": "expired"}}`)
			return
		}
		mu.Lock()
		stored = string(b)
		mu.Unlock()
		w.WriteHeader(http.StatusNoContent)
	})
	th.Mux.HandleFunc("GET /images/{id}", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		testhelper.WriteJSON(w, http.StatusOK, change(stored))
	})
	return &puts
}

func TestUploadVerified(t *testing.T) {
	md5JSON := func(s string) string {
		return strings.Replace(imageJSON(s), `"checksum": ""`, fmt.Sprintf(`"checksum": "%x"`, md5.Sum([]byte(s))), 1)
	}
	cases := []struct {
		name    string
		algo    string
		record  func(stored string) string
		wantErr error
	}{
		{"stored as sent", "", imageJSON, nil},
		{"stored as sent, md5", "md5", md5JSON, nil},
		{"stored as sent, algo named", "SHA512", imageJSON, nil},
		{"a byte lost", "", func(s string) string { return imageJSON(s[1:]) }, gophercloud.ErrChecksumMismatch},
		{"a byte changed", "", func(s string) string { return imageJSON("X" + s[1:]) }, gophercloud.ErrChecksumMismatch},
		{"a byte changed, md5", "md5", func(s string) string { return md5JSON("X" + s[1:]) }, gophercloud.ErrChecksumMismatch},
		{"cloud hashes sha256", "", func(s string) string {
			return strings.Replace(imageJSON(s), `"os_hash_algo": "sha512"`, `"os_hash_algo": "sha256"`, 1)
		}, &gophercloud.ErrInvalidInput{}},
		{"no hash recorded", "", func(string) string { return imageMD5JSON }, gophercloud.ErrMalformedResponse},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			th := testhelper.Setup(t)
			glanceRecording(t, th, tc.record)
			img, err := imagedata.UploadVerified(t.Context(), th.ServiceClient(), imageID, pipeOf(payload), imagedata.VerifyOpts{HashAlgo: tc.algo})
			switch want := tc.wantErr.(type) {
			case nil:
				require.NoError(t, err)
				assert.Equal(t, imageID, img.ID)
				assert.Equal(t, int64(len(payload)), *img.Size)
			case *gophercloud.ErrInvalidInput:
				require.ErrorAs(t, err, &want)
				assert.Contains(t, err.Error(), "sha256")
			default:
				require.ErrorIs(t, err, tc.wantErr)
				require.NotNil(t, img, "the image is returned with the error, so the caller can delete it")
			}
		})
	}
	testhelper.CheckFailures(t, "PUT /images/{id}/file", http.StatusNoContent, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
		_, err := imagedata.UploadVerified(ctx, c, imageID, strings.NewReader("x"), imagedata.VerifyOpts{})
		return err
	})
}

func TestUploadVerifiedRejectsBadOptions(t *testing.T) {
	th := testhelper.Setup(t) // no handlers: any request would fail differently
	for _, opts := range []imagedata.VerifyOpts{{HashAlgo: "crc32"}, {UploadOpts: imagedata.UploadOpts{ContentLength: -1}}} {
		_, err := imagedata.UploadVerified(t.Context(), th.ServiceClient(), imageID, strings.NewReader("x"), opts)
		var invalid *gophercloud.ErrInvalidInput
		require.ErrorAs(t, err, &invalid, "%+v", opts)
	}
	_, err := imagedata.UploadVerified(t.Context(), th.ServiceClient(), "..", strings.NewReader("x"), imagedata.VerifyOpts{})
	var invalid *gophercloud.ErrInvalidInput
	require.ErrorAs(t, err, &invalid)
}

// A replayed upload hashes only what the last attempt sent.
func TestUploadVerifiedReplayHashesOnce(t *testing.T) {
	th := testhelper.Setup(t)
	puts := glanceRecording(t, th, imageJSON)
	c := th.ServiceClient()
	c.SetToken("stale-token")
	c.ReauthFunc = func(context.Context) error { c.SetToken("fresh"); return nil }
	img, err := imagedata.UploadVerified(t.Context(), c, imageID, bytes.NewReader([]byte(payload)), imagedata.VerifyOpts{})
	require.NoError(t, err)
	assert.Equal(t, int64(2), puts.Load())
	assert.Equal(t, "active", img.Status)
}
