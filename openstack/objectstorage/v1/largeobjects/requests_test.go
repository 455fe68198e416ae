package largeobjects_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/internal/swifttest"
	"github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/largeobjects"
	"github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/objects"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func randomData(t *testing.T, n int) []byte {
	t.Helper()
	b := make([]byte, n)
	_, err := rand.Read(b)
	require.NoError(t, err)
	return b
}

// onlyReader hides every method but Read: a stream.
type onlyReader struct{ r io.Reader }

func (o onlyReader) Read(p []byte) (int, error) { return o.r.Read(p) }

func TestUploadSLO(t *testing.T) {
	data := randomData(t, 3500)
	path := filepath.Join(t.TempDir(), "f")
	require.NoError(t, os.WriteFile(path, data, 0o600))
	cases := []struct {
		name   string
		reader func(t *testing.T) io.Reader
	}{
		{"stream", func(*testing.T) io.Reader { return onlyReader{bytes.NewReader(data)} }},
		{"bytes.Reader (sections)", func(*testing.T) io.Reader { return bytes.NewReader(data) }},
		{"os.File (sections)", func(t *testing.T) io.Reader {
			f, err := os.Open(path)
			require.NoError(t, err)
			t.Cleanup(func() { f.Close() })
			return f
		}},
		{"bytes.Buffer (buffers, size known)", func(*testing.T) io.Reader { return bytes.NewBuffer(data) }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f, th := newFakeSwift(t, swifttest.InfoJSON, "c")
			var mu sync.Mutex
			var last, total int64
			r := tc.reader(t)
			res, err := largeobjects.Upload(t.Context(), th.ServiceClient(), "c", "big file?.bin", r, largeobjects.UploadOpts{
				SegmentSize: 1000, Workers: 3, ContentType: "application/x-test", Metadata: map[string]string{"Kind": "slo"},
				Progress: func(done, tot int64) {
					mu.Lock()
					defer mu.Unlock()
					assert.GreaterOrEqual(t, done, int64(0))
					last, total = done, tot
				},
			})
			require.NoError(t, err)
			assert.Equal(t, largeobjects.SLO, res.Manifest)
			assert.Equal(t, "c_segments", res.SegmentContainer)
			assert.True(t, strings.HasPrefix(res.SegmentPrefix, "big file?.bin/slo/"), res.SegmentPrefix)
			assert.Equal(t, int64(3500), res.Size)
			require.Len(t, res.Segments, 4)
			for i, s := range res.Segments {
				assert.Equal(t, fmt.Sprintf("%s%08d", res.SegmentPrefix, i), s.Name)
				seg := data[i*1000 : min((i+1)*1000, len(data))]
				assert.Equal(t, md5hex(seg), s.ETag)
				assert.Equal(t, int64(len(seg)), s.Size)
			}
			assert.Equal(t, int64(3500), last)
			if _, ok := r.(onlyReader); ok {
				assert.Equal(t, int64(-1), total, "a stream's size is unknown")
			} else {
				assert.Equal(t, int64(3500), total)
			}

			manifest := f.get("c/big file?.bin")
			require.NotNil(t, manifest, "manifest written")
			assert.Equal(t, data, manifest.data, "the segments join up to the content")
			assert.Equal(t, manifest.etag, res.ETag)
			assert.Equal(t, "application/x-test", manifest.ctype)
			assert.Equal(t, map[string]string{"Kind": "slo"}, manifest.meta)
			assert.Equal(t, "/c_segments/"+res.Segments[0].Name, manifest.slo[0].Path)
			assert.LessOrEqual(t, f.maxInflight, 3)
			assert.Contains(t, f.log(), "PUT /c/big%20file%3F.bin?multipart-manifest=put")
			assert.Contains(t, f.log(), "PUT /c_segments", "the missing segment container is created")

			if s, ok := r.(io.Seeker); ok {
				off, err := s.Seek(0, io.SeekCurrent)
				require.NoError(t, err)
				assert.Equal(t, int64(3500), off, "the reader is left at the end, as if read")
			}
		})
	}
}

func TestUploadFromOffset(t *testing.T) {
	f, th := newFakeSwift(t, swifttest.InfoJSON, "c", "c_segments")
	data := randomData(t, 2500)
	r := bytes.NewReader(data)
	_, err := r.Seek(500, io.SeekStart)
	require.NoError(t, err)
	res, err := largeobjects.Upload(t.Context(), th.ServiceClient(), "c", "o", r, largeobjects.UploadOpts{SegmentSize: 1000})
	require.NoError(t, err)
	assert.Equal(t, int64(2000), res.Size)
	assert.Equal(t, data[500:], f.get("c/o").data)
	assert.NotContains(t, f.log(), "PUT /c_segments", "an existing segment container is not re-created")
}

// boundedReader checks, on every Read, that Upload holds at most limit
// bytes read from the stream but not yet stored by the server.
type boundedReader struct {
	t      *testing.T
	r      io.Reader
	f      *fakeSwift
	limit  int64
	read   int64
	peaked int64
}

func (b *boundedReader) Read(p []byte) (int, error) {
	n, err := b.r.Read(p)
	b.read += int64(n)
	b.f.mu.Lock()
	var stored int64
	for k, o := range b.f.objects {
		if strings.HasPrefix(k, "segs/") {
			stored += int64(len(o.data))
		}
	}
	b.f.mu.Unlock()
	b.peaked = max(b.peaked, b.read-stored)
	assert.LessOrEqual(b.t, b.read-stored, b.limit, "more than Workers × SegmentSize read ahead of the uploads")
	return n, err
}

func TestUploadBoundedMemory(t *testing.T) {
	f, th := newFakeSwift(t, swifttest.InfoJSON, "c", "segs")
	// Slow segment uploads: the stream is read much faster than it is
	// stored, so only the buffer bound keeps the reader waiting.
	f.hook = func(w http.ResponseWriter, r *http.Request, path string) bool {
		if r.Method == http.MethodPut && strings.HasPrefix(path, "segs/") {
			time.Sleep(10 * time.Millisecond)
		}
		return false
	}
	const segSize, workers = 1000, 2
	data := randomData(t, 20*segSize)
	br := &boundedReader{t: t, r: bytes.NewReader(data), f: f, limit: workers * segSize}
	res, err := largeobjects.Upload(t.Context(), th.ServiceClient(), "c", "o", br, largeobjects.UploadOpts{
		SegmentSize: segSize, Workers: workers, SegmentContainer: "segs",
	})
	require.NoError(t, err)
	assert.Len(t, res.Segments, 20)
	assert.Equal(t, data, f.get("c/o").data)
	assert.Equal(t, workers, f.maxInflight, "the workers ran in parallel")
	assert.Greater(t, br.peaked, int64(segSize), "reading ran ahead of the uploads, within the bound")
}

func TestUploadDLO(t *testing.T) {
	f, th := newFakeSwift(t, swifttest.InfoJSON, "c")
	data := randomData(t, 2001)
	res, err := largeobjects.Upload(t.Context(), th.ServiceClient(), "c", "my video.mp4", onlyReader{bytes.NewReader(data)}, largeobjects.UploadOpts{
		SegmentSize: 1000, Manifest: largeobjects.DLO, SegmentContainer: "segs", ContentType: "video/mp4",
	})
	require.NoError(t, err)
	require.Len(t, res.Segments, 3)
	m := f.get("c/my video.mp4")
	require.NotNil(t, m)
	assert.Empty(t, m.data)
	assert.Equal(t, "segs/"+strings.ReplaceAll(res.SegmentPrefix, " ", "%20"), m.manifest)
	assert.Equal(t, "video/mp4", m.ctype)
	for _, l := range f.log() {
		assert.NotContains(t, l, "multipart-manifest")
	}
	var joined []byte
	for _, n := range f.names("segs") {
		joined = append(joined, f.get("segs/"+n).data...)
	}
	assert.Equal(t, data, joined, "the segments, in name order, are the content")
}

func TestUploadEmpty(t *testing.T) {
	for _, m := range []largeobjects.Manifest{largeobjects.SLO, largeobjects.DLO} {
		t.Run(string(m), func(t *testing.T) {
			f, th := newFakeSwift(t, swifttest.InfoJSON, "c", "c_segments")
			res, err := largeobjects.Upload(t.Context(), th.ServiceClient(), "c", "empty", strings.NewReader(""), largeobjects.UploadOpts{Manifest: m})
			require.NoError(t, err)
			assert.Empty(t, res.Segments)
			assert.Equal(t, md5hex(nil), res.ETag)
			o := f.get("c/empty")
			require.NotNil(t, o)
			assert.Empty(t, o.data)
			assert.Nil(t, o.slo)
			assert.Equal(t, m == largeobjects.DLO, o.manifest != "")
		})
	}
}

func TestUploadSegmentFailureCleansUp(t *testing.T) {
	f, th := newFakeSwift(t, swifttest.InfoJSON, "c", "c_segments")
	var puts atomic.Int32
	f.hook = func(w http.ResponseWriter, r *http.Request, path string) bool {
		if r.Method == http.MethodPut && strings.HasPrefix(path, "c_segments/") && puts.Add(1) == 3 {
			w.WriteHeader(http.StatusInternalServerError)
			_, _ = io.WriteString(w, "<html><h1>Internal Error</h1><p>disk full</p></html>")
			return true
		}
		return false
	}
	_, err := largeobjects.Upload(t.Context(), th.ServiceClient(), "c", "o", onlyReader{bytes.NewReader(randomData(t, 5000))}, largeobjects.UploadOpts{SegmentSize: 1000, Workers: 1})
	require.Error(t, err)
	assert.True(t, errors.Is(err, gophercloud.ErrServerError), "got %v", err)
	assert.Contains(t, err.Error(), "disk full")
	assert.Contains(t, err.Error(), "segment 2")
	assert.Empty(t, f.names("c_segments"), "uploaded segments are deleted")
	assert.Nil(t, f.get("c/o"), "no manifest")
	assert.Contains(t, f.log(), "POST /?bulk-delete")
}

func TestUploadSegmentChecksumMismatch(t *testing.T) {
	f, th := newFakeSwift(t, swifttest.InfoJSON, "c", "c_segments")
	f.hook = func(w http.ResponseWriter, r *http.Request, path string) bool {
		if r.Method == http.MethodPut && strings.HasSuffix(path, "00000001") {
			_, _ = io.Copy(io.Discard, r.Body)
			w.Header().Set("Etag", strings.Repeat("f", 32))
			w.WriteHeader(http.StatusCreated)
			return true
		}
		return false
	}
	// One worker: no other segment is in flight when the mismatch stops
	// the upload, so what remains on the fake afterwards is deterministic.
	_, err := largeobjects.Upload(t.Context(), th.ServiceClient(), "c", "o", bytes.NewReader(randomData(t, 3000)), largeobjects.UploadOpts{SegmentSize: 1000, Workers: 1})
	assert.True(t, errors.Is(err, objects.ErrChecksumMismatch), "got %v", err)
	assert.Empty(t, f.names("c_segments"))
	assert.Nil(t, f.get("c/o"))
}

func TestUploadReadError(t *testing.T) {
	f, th := newFakeSwift(t, swifttest.InfoJSON, "c", "c_segments")
	r := io.MultiReader(bytes.NewReader(randomData(t, 2500)), iotestErrReader{errors.New("disk on fire")})
	_, err := largeobjects.Upload(t.Context(), th.ServiceClient(), "c", "o", r, largeobjects.UploadOpts{SegmentSize: 1000})
	require.ErrorContains(t, err, "disk on fire")
	assert.Empty(t, f.names("c_segments"))
	assert.Nil(t, f.get("c/o"))
}

type iotestErrReader struct{ err error }

func (e iotestErrReader) Read([]byte) (int, error) { return 0, e.err }

func TestUploadManifestFailureCleansUp(t *testing.T) {
	f, th := newFakeSwift(t, swifttest.InfoJSON, "c", "c_segments")
	f.hook = func(w http.ResponseWriter, r *http.Request, path string) bool {
		if r.URL.Query().Get("multipart-manifest") == "put" {
			w.WriteHeader(http.StatusBadRequest)
			_, _ = io.WriteString(w, "Index 0: too small")
			return true
		}
		return false
	}
	_, err := largeobjects.Upload(t.Context(), th.ServiceClient(), "c", "o", bytes.NewReader(randomData(t, 2500)), largeobjects.UploadOpts{SegmentSize: 1000})
	assert.True(t, errors.Is(err, gophercloud.ErrBadRequest), "got %v", err)
	assert.Contains(t, err.Error(), "Index 0: too small")
	assert.Empty(t, f.names("c_segments"))
}

func TestUploadManifestETagMismatch(t *testing.T) {
	f, th := newFakeSwift(t, swifttest.InfoJSON, "c", "c_segments")
	// Swift answers with an ETag that is not the MD5 of the segments'
	// ETags: the manifest does not describe what was uploaded.
	f.hook = func(w http.ResponseWriter, r *http.Request, path string) bool {
		if r.URL.Query().Get("multipart-manifest") == "put" {
			_, _ = io.Copy(io.Discard, r.Body)
			f.mu.Lock()
			f.objects[path] = &fakeObject{etag: "x"}
			f.mu.Unlock()
			w.Header().Set("Etag", `"`+strings.Repeat("0", 32)+`"`)
			w.WriteHeader(http.StatusCreated)
			return true
		}
		return false
	}
	_, err := largeobjects.Upload(t.Context(), th.ServiceClient(), "c", "o", bytes.NewReader(randomData(t, 2500)), largeobjects.UploadOpts{SegmentSize: 1000})
	assert.True(t, errors.Is(err, objects.ErrChecksumMismatch), "got %v", err)
	assert.Empty(t, f.names("c_segments"))
	assert.Nil(t, f.get("c/o"), "the manifest is deleted too")
	assert.Contains(t, f.log(), "DELETE /c/o")
}

func TestUploadCancel(t *testing.T) {
	f, th := newFakeSwift(t, swifttest.InfoJSON, "c", "c_segments")
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	var once sync.Once
	f.hook = func(w http.ResponseWriter, r *http.Request, path string) bool {
		if r.Method == http.MethodPut && strings.HasSuffix(path, "00000002") {
			once.Do(cancel)
		}
		return false
	}
	_, err := largeobjects.Upload(ctx, th.ServiceClient(), "c", "o", onlyReader{bytes.NewReader(randomData(t, 10000))}, largeobjects.UploadOpts{SegmentSize: 1000, Workers: 1})
	require.ErrorIs(t, err, context.Canceled)
	assert.Empty(t, f.names("c_segments"), "cleanup runs although ctx is done")
	assert.Nil(t, f.get("c/o"))
}

func TestUploadTooManySegments(t *testing.T) {
	info := `{"swift": {"max_file_size": 5368709122}, "slo": {"max_manifest_segments": 3}, "bulk_delete": {"max_deletes_per_request": 10000}}`
	t.Run("size known: refused before any upload", func(t *testing.T) {
		f, th := newFakeSwift(t, info, "c")
		_, err := largeobjects.Upload(t.Context(), th.ServiceClient(), "c", "o", bytes.NewReader(make([]byte, 3001)), largeobjects.UploadOpts{SegmentSize: 1000})
		assert.True(t, errors.Is(err, gophercloud.ErrInvalidOptions), "got %v", err)
		assert.Contains(t, err.Error(), "3 segments")
		assert.Empty(t, f.log())
	})
	t.Run("stream: fails at the 4th segment, cleans up", func(t *testing.T) {
		f, th := newFakeSwift(t, info, "c", "c_segments")
		_, err := largeobjects.Upload(t.Context(), th.ServiceClient(), "c", "o", onlyReader{bytes.NewReader(make([]byte, 3001))}, largeobjects.UploadOpts{SegmentSize: 1000})
		assert.True(t, errors.Is(err, gophercloud.ErrInvalidOptions), "got %v", err)
		assert.Empty(t, f.names("c_segments"))
	})
	t.Run("DLO has no such limit here", func(t *testing.T) {
		_, th := newFakeSwift(t, info, "c", "c_segments")
		_, err := largeobjects.Upload(t.Context(), th.ServiceClient(), "c", "o", bytes.NewReader(make([]byte, 3001)), largeobjects.UploadOpts{SegmentSize: 1000, Manifest: largeobjects.DLO})
		require.NoError(t, err)
	})
}

func TestUploadSizeMismatch(t *testing.T) {
	f, th := newFakeSwift(t, swifttest.InfoJSON, "c", "c_segments")
	_, err := largeobjects.Upload(t.Context(), th.ServiceClient(), "c", "o", onlyReader{bytes.NewReader(make([]byte, 1500))}, largeobjects.UploadOpts{SegmentSize: 1000, Size: 2000})
	require.ErrorContains(t, err, "ended after 1500 bytes, 2000 were expected")
	assert.Empty(t, f.names("c_segments"))
}

func TestUploadWithoutInfo(t *testing.T) {
	f, th := newFakeSwift(t, `{}`, "c", "c_segments")
	_, err := largeobjects.Upload(t.Context(), swifttest.WithoutInfo(th.ServiceClient()), "c", "o", bytes.NewReader(randomData(t, 1500)), largeobjects.UploadOpts{SegmentSize: 1000})
	require.NoError(t, err)
	assert.Len(t, f.names("c_segments"), 2)
}

func TestUploadBadOptions(t *testing.T) {
	cases := map[string]struct {
		container, name string
		r               io.Reader
		opts            largeobjects.UploadOpts
	}{
		"negative segment size": {"c", "o", strings.NewReader("x"), largeobjects.UploadOpts{SegmentSize: -1}},
		"negative workers":      {"c", "o", strings.NewReader("x"), largeobjects.UploadOpts{Workers: -1}},
		"negative size":         {"c", "o", strings.NewReader("x"), largeobjects.UploadOpts{Size: -1}},
		"unknown manifest":      {"c", "o", strings.NewReader("x"), largeobjects.UploadOpts{Manifest: "zip"}},
		"bad segment container": {"c", "o", strings.NewReader("x"), largeobjects.UploadOpts{SegmentContainer: "a/b"}},
		"segment over max size": {"c", "o", strings.NewReader("x"), largeobjects.UploadOpts{SegmentSize: 6 << 30}},
		"bad metadata":          {"c", "o", strings.NewReader("x"), largeobjects.UploadOpts{Metadata: map[string]string{"a b": "c"}}},
		"nil reader":            {"c", "o", nil, largeobjects.UploadOpts{}},
		"empty name":            {"c", "", strings.NewReader("x"), largeobjects.UploadOpts{}},
		"empty container":       {"", "o", strings.NewReader("x"), largeobjects.UploadOpts{}},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			f, th := newFakeSwift(t, swifttest.InfoJSON)
			_, err := largeobjects.Upload(t.Context(), th.ServiceClient(), tc.container, tc.name, tc.r, tc.opts)
			assert.True(t, errors.Is(err, gophercloud.ErrInvalidOptions), "got %v", err)
			assert.Empty(t, f.log(), "nothing is sent")
		})
	}
}

func TestUploadSegmentContainerError(t *testing.T) {
	f, th := newFakeSwift(t, swifttest.InfoJSON, "c")
	f.hook = func(w http.ResponseWriter, r *http.Request, path string) bool {
		if path == "c_segments" {
			w.WriteHeader(http.StatusForbidden)
			return true
		}
		return false
	}
	_, err := largeobjects.Upload(t.Context(), th.ServiceClient(), "c", "o", strings.NewReader("x"), largeobjects.UploadOpts{})
	assert.True(t, errors.Is(err, gophercloud.ErrForbidden), "got %v", err)
	assert.Equal(t, []string{"HEAD /c_segments"}, f.log())
}

func TestDelete(t *testing.T) {
	data := randomData(t, 2500)
	for _, m := range []largeobjects.Manifest{largeobjects.SLO, largeobjects.DLO} {
		t.Run(string(m), func(t *testing.T) {
			f, th := newFakeSwift(t, swifttest.InfoJSON, "c", "c_segments")
			c := th.ServiceClient()
			_, err := largeobjects.Upload(t.Context(), c, "c", "a b", bytes.NewReader(data), largeobjects.UploadOpts{SegmentSize: 1000, Manifest: m})
			require.NoError(t, err)
			f.mu.Lock()
			f.objects["c_segments/unrelated"] = &fakeObject{etag: md5hex(nil)}
			f.mu.Unlock()
			before := len(f.log())

			rep, err := largeobjects.Delete(t.Context(), c, "c", "a b")
			require.NoError(t, err)
			assert.Equal(t, 4, rep.NumberDeleted, "the manifest and 3 segments")
			assert.Equal(t, []string{"unrelated"}, f.names("c_segments"))
			assert.Empty(t, f.names("c"))
			calls := f.log()[before:]
			assert.Equal(t, "HEAD /c/a%20b", calls[0])
			if m == largeobjects.SLO {
				assert.Equal(t, []string{"HEAD /c/a%20b", "DELETE /c/a%20b?multipart-manifest=delete"}, calls)
			} else {
				assert.Equal(t, "DELETE /c/a%20b", calls[1], "the DLO manifest goes first")
				assert.Equal(t, "POST /?bulk-delete", calls[len(calls)-1])
			}
		})
	}
}

func TestDeletePlainAndMissing(t *testing.T) {
	f, th := newFakeSwift(t, swifttest.InfoJSON, "c")
	_, err := objects.Create(t.Context(), th.ServiceClient(), "c", "plain", strings.NewReader("x"), objects.CreateOpts{}).Extract()
	require.NoError(t, err)
	rep, err := largeobjects.Delete(t.Context(), th.ServiceClient(), "c", "plain")
	require.NoError(t, err)
	assert.Equal(t, 1, rep.NumberDeleted)
	assert.Empty(t, f.names("c"))

	_, err = largeobjects.Delete(t.Context(), th.ServiceClient(), "c", "plain")
	assert.True(t, errors.Is(err, gophercloud.ErrNotFound), "got %v", err)
}

func TestDeleteSLOReportsFailures(t *testing.T) {
	f, th := newFakeSwift(t, swifttest.InfoJSON, "c")
	f.hook = func(w http.ResponseWriter, r *http.Request, path string) bool {
		switch {
		case r.Method == http.MethodHead:
			w.Header().Set("X-Static-Large-Object", "True")
			w.WriteHeader(http.StatusOK)
		case r.URL.Query().Get("multipart-manifest") == "delete":
			assert.Equal(t, "application/json", r.Header.Get("Accept"))
			_, _ = io.WriteString(w, `{"Number Not Found": 0, "Response Status": "400 Bad Request", "Response Body": "", "Errors": [["/c_segments/s1", "401 Unauthorized"]], "Number Deleted": 1}`)
		default:
			return false
		}
		return true
	}
	rep, err := largeobjects.Delete(t.Context(), th.ServiceClient(), "c", "o")
	var bde *objects.BulkDeleteError
	require.ErrorAs(t, err, &bde)
	assert.True(t, errors.Is(err, gophercloud.ErrUnauthorized), "got %v", err)
	assert.Equal(t, 1, rep.NumberDeleted)
	assert.Equal(t, []objects.BulkDeleteFailure{{Name: "c_segments/s1", Status: "401 Unauthorized"}}, rep.Errors)
}

func TestDeleteFailures(t *testing.T) {
	cases := map[string]func(w http.ResponseWriter, r *http.Request, path string) bool{
		"head fails": func(w http.ResponseWriter, r *http.Request, path string) bool {
			w.WriteHeader(http.StatusInternalServerError)
			return true
		},
		"slo delete fails": func(w http.ResponseWriter, r *http.Request, path string) bool {
			if r.Method == http.MethodHead {
				w.Header().Set("X-Static-Large-Object", "True")
				return true
			}
			w.WriteHeader(http.StatusServiceUnavailable)
			return true
		},
		"slo report malformed": func(w http.ResponseWriter, r *http.Request, path string) bool {
			if r.Method == http.MethodHead {
				w.Header().Set("X-Static-Large-Object", "True")
				return true
			}
			_, _ = io.WriteString(w, `{"truncated`)
			return true
		},
		"dlo listing fails": func(w http.ResponseWriter, r *http.Request, path string) bool {
			switch r.Method {
			case http.MethodHead:
				w.Header().Set("X-Object-Manifest", "segs/p/")
			case http.MethodDelete:
				w.WriteHeader(http.StatusNoContent)
			default:
				w.WriteHeader(http.StatusInternalServerError)
			}
			return true
		},
		"dlo manifest unreadable": func(w http.ResponseWriter, r *http.Request, path string) bool {
			w.Header().Set("X-Object-Manifest", "segs/%zz")
			return true
		},
	}
	for name, hook := range cases {
		t.Run(name, func(t *testing.T) {
			f, th := newFakeSwift(t, swifttest.InfoJSON, "c")
			f.hook = hook
			c := th.ServiceClient()
			c.Retry.MaxRetries = 0
			_, err := largeobjects.Delete(t.Context(), c, "c", "o")
			require.Error(t, err)
			assert.True(t, errors.Is(err, gophercloud.ErrServerError) || errors.Is(err, gophercloud.ErrMalformedResponse), "got %v", err)
		})
	}
}
