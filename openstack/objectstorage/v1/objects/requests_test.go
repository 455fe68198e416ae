package objects_test

import (
	"bytes"
	"context"
	"crypto/md5"
	"encoding/hex"
	"errors"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/internal/swifttest"
	"github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/objects"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func md5hex(b []byte) string {
	s := md5.Sum(b)
	return hex.EncodeToString(s[:])
}

// onlyReader hides every method but Read: a stream of unknown size that
// cannot be rewound.
type onlyReader struct{ r io.Reader }

func (o onlyReader) Read(p []byte) (int, error) { return o.r.Read(p) }

func TestList(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /marktwain", func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Query().Get("marker") {
		case "":
			testhelper.TestQuery(t, r, url.Values{"format": {"json"}, "delimiter": {"/"}, "limit": {"3"}})
			testhelper.WriteJSON(w, http.StatusOK, listJSON)
		case "helloworld":
			testhelper.WriteJSON(w, http.StatusOK, `[{"subdir": "zzz/"}]`)
		default:
			t.Errorf("unexpected marker %q", r.URL.Query().Get("marker"))
		}
	})
	all, err := objects.List(th.ServiceClient(), "marktwain", objects.ListOpts{Delimiter: "/", Limit: 3}).Collect(t.Context())
	require.NoError(t, err)
	assert.Equal(t, []objects.Object{
		{Name: "goodbye", Bytes: 14, Hash: "451e372e48e0f6b1114fa0724aa79fa1", ContentType: "application/octet-stream",
			LastModified: gophercloud.NewJSONTime(time.Date(2014, 1, 15, 16, 41, 49, 390270000, time.UTC))},
		{Subdir: "photos/"},
		{Name: "helloworld", Bytes: 12, Hash: "ed076287532e86365e841e92bfc50d8c", ContentType: "application/octet-stream",
			LastModified: gophercloud.NewJSONTime(time.Date(2014, 1, 15, 16, 37, 43, 427570000, time.UTC))},
		{Subdir: "zzz/"},
	}, all)
	assert.False(t, all[0].IsDir())
	assert.True(t, all[1].IsDir())
}

func TestListMarkerIsSubdir(t *testing.T) {
	th := testhelper.Setup(t)
	var markers []string
	th.Handle("GET /c", func(w http.ResponseWriter, r *http.Request) {
		m := r.URL.Query().Get("marker")
		markers = append(markers, m)
		if m == "" {
			testhelper.WriteJSON(w, http.StatusOK, `[{"name": "a"}, {"subdir": "b/"}]`)
			return
		}
		testhelper.WriteJSON(w, http.StatusOK, `[]`)
	})
	page, err := objects.List(th.ServiceClient(), "c", objects.ListOpts{Delimiter: "/"}).AllPages(t.Context())
	require.NoError(t, err)
	objs, err := objects.ExtractObjects(page)
	require.NoError(t, err)
	assert.Len(t, objs, 2)
	assert.Equal(t, []string{"", "b/"}, markers, "a delimiter page continues after its last subdir")
}

func TestListNames(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /c", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestHeader(t, r, "Accept", "text/plain")
		q := r.URL.Query()
		assert.Equal(t, "p/", q.Get("prefix"))
		assert.Empty(t, q.Get("format"))
		switch q.Get("marker") {
		case "":
			_, _ = io.WriteString(w, "p/a b\np/ü?#\n")
		case "p/ü?#":
			_, _ = io.WriteString(w, "p/z\n")
		default:
			t.Errorf("unexpected marker %q", q.Get("marker"))
		}
	})
	names, err := objects.ListNames(th.ServiceClient(), "c", objects.ListOpts{Prefix: "p/", Limit: 2}).Collect(t.Context())
	require.NoError(t, err)
	assert.Equal(t, []string{"p/a b", "p/ü?#", "p/z"}, names)
}

func TestCreate(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("PUT /c/{name...}", func(w http.ResponseWriter, r *http.Request) {
		assert.Equal(t, "/c/dir/hello%20world.txt", r.URL.EscapedPath())
		testhelper.TestHeader(t, r, "Content-Type", "text/plain")
		testhelper.TestHeader(t, r, "Content-Disposition", "attachment; filename=hello.txt")
		testhelper.TestHeader(t, r, "Content-Encoding", "identity")
		testhelper.TestHeader(t, r, "X-Object-Meta-Color", "red")
		testhelper.TestHeader(t, r, "X-Delete-After", "91")
		testhelper.TestHeader(t, r, "If-None-Match", "*")
		testhelper.TestHeader(t, r, "ETag", helloMD5)
		testhelper.TestHeaderUnset(t, r, "X-Object-Manifest")
		assert.Equal(t, int64(12), r.ContentLength)
		testhelper.TestBody(t, r, "Hello World!")
		w.Header().Set("Etag", helloMD5)
		w.Header().Set("Last-Modified", "Wed, 15 Jan 2014 16:41:49 GMT")
		w.Header().Set("X-Trans-Id", "tx4d5e4f06d357462bb732f-0052d96843")
		w.Header().Set("Date", "Wed, 15 Jan 2014 16:41:49 GMT")
		w.WriteHeader(http.StatusCreated)
	})
	var progress []int64
	h, err := objects.Create(t.Context(), th.ServiceClient(), "c", "dir/hello world.txt", strings.NewReader("Hello World!"), objects.CreateOpts{
		ContentType: "text/plain", ContentDisposition: "attachment; filename=hello.txt", ContentEncoding: "identity",
		Metadata: map[string]string{"Color": "red"}, DeleteAfter: 90*time.Second + time.Millisecond,
		IfNoneMatch: true, ETag: helloMD5,
		Progress: func(done, total int64) {
			assert.Equal(t, int64(12), total)
			progress = append(progress, done)
		},
	}).Extract()
	require.NoError(t, err)
	assert.Equal(t, &objects.CreateHeader{
		ETag: helloMD5, MD5: helloMD5, TransID: "tx4d5e4f06d357462bb732f-0052d96843",
		LastModified: time.Date(2014, 1, 15, 16, 41, 49, 0, time.UTC),
		Date:         time.Date(2014, 1, 15, 16, 41, 49, 0, time.UTC),
	}, h)
	require.NotEmpty(t, progress)
	assert.Equal(t, int64(12), progress[len(progress)-1])
}

// TestCreateLength checks which uploads carry a Content-Length and which
// are chunked, and that the server always gets every byte.
func TestCreateLength(t *testing.T) {
	data := bytes.Repeat([]byte("0123456789"), 10000)
	path := filepath.Join(t.TempDir(), "f")
	require.NoError(t, os.WriteFile(path, data, 0o600))
	cases := []struct {
		name    string
		body    func(t *testing.T) io.Reader
		opts    objects.CreateOpts
		length  int64 // -1: chunked
		wantLen int
	}{
		{"bytes.Reader", func(*testing.T) io.Reader { return bytes.NewReader(data) }, objects.CreateOpts{}, int64(len(data)), len(data)},
		{"strings.Reader", func(*testing.T) io.Reader { return strings.NewReader(string(data)) }, objects.CreateOpts{}, int64(len(data)), len(data)},
		{"bytes.Buffer", func(*testing.T) io.Reader { return bytes.NewBuffer(data) }, objects.CreateOpts{}, int64(len(data)), len(data)},
		{"os.File", func(t *testing.T) io.Reader {
			f, err := os.Open(path)
			require.NoError(t, err)
			t.Cleanup(func() { f.Close() })
			return f
		}, objects.CreateOpts{}, int64(len(data)), len(data)},
		{"os.File after a seek", func(t *testing.T) io.Reader {
			f, err := os.Open(path)
			require.NoError(t, err)
			t.Cleanup(func() { f.Close() })
			_, err = f.Seek(1000, io.SeekStart)
			require.NoError(t, err)
			return f
		}, objects.CreateOpts{}, int64(len(data) - 1000), len(data) - 1000},
		{"stream with ContentLength", func(*testing.T) io.Reader { return onlyReader{bytes.NewReader(data)} }, objects.CreateOpts{ContentLength: int64(len(data))}, int64(len(data)), len(data)},
		{"stream without length", func(*testing.T) io.Reader { return onlyReader{bytes.NewReader(data)} }, objects.CreateOpts{}, -1, len(data)},
		{"stream, no checksum", func(*testing.T) io.Reader { return onlyReader{bytes.NewReader(data)} }, objects.CreateOpts{NoChecksum: true}, -1, len(data)},
		{"bytes.Reader, no checksum", func(*testing.T) io.Reader { return bytes.NewReader(data) }, objects.CreateOpts{NoChecksum: true}, int64(len(data)), len(data)},
		{"nil content", func(*testing.T) io.Reader { return nil }, objects.CreateOpts{}, 0, 0},
		{"empty stream", func(*testing.T) io.Reader { return onlyReader{strings.NewReader("")} }, objects.CreateOpts{}, -1, 0},
		{"empty bytes.Reader", func(*testing.T) io.Reader { return bytes.NewReader(nil) }, objects.CreateOpts{}, 0, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			th := testhelper.Setup(t)
			var got []byte
			th.Handle("PUT /c/o", func(w http.ResponseWriter, r *http.Request) {
				assert.Equal(t, tc.length, r.ContentLength)
				if tc.length < 0 {
					assert.Equal(t, []string{"chunked"}, r.TransferEncoding)
				}
				got, _ = io.ReadAll(r.Body)
				w.Header().Set("Etag", md5hex(got))
				w.WriteHeader(http.StatusCreated)
			})
			h, err := objects.Create(t.Context(), th.ServiceClient(), "c", "o", tc.body(t), tc.opts).Extract()
			require.NoError(t, err)
			assert.Equal(t, tc.wantLen, len(got))
			assert.Equal(t, md5hex(data[len(data)-tc.wantLen:]), md5hex(got))
			if tc.opts.NoChecksum {
				assert.Empty(t, h.MD5)
			} else {
				assert.Equal(t, md5hex(got), h.MD5)
			}
		})
	}
}

func TestCreateChecksumMismatch(t *testing.T) {
	th := testhelper.Setup(t)
	deleted := false
	th.Handle("PUT /c/o", func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.Copy(io.Discard, r.Body)
		w.Header().Set("Etag", strings.Repeat("0", 32))
		w.WriteHeader(http.StatusCreated)
	})
	th.Handle("DELETE /c/o", func(w http.ResponseWriter, r *http.Request) { deleted = true })
	_, err := objects.Create(t.Context(), th.ServiceClient(), "c", "o", strings.NewReader("Hello World!"), objects.CreateOpts{}).Extract()
	require.Error(t, err)
	assert.True(t, errors.Is(err, objects.ErrChecksumMismatch), "got %v", err)
	assert.Contains(t, err.Error(), helloMD5)
	assert.False(t, deleted, "the stored object is left to the caller")

	// NoChecksum: no check, no error.
	_, err = objects.Create(t.Context(), th.ServiceClient(), "c", "o", strings.NewReader("Hello World!"), objects.CreateOpts{NoChecksum: true}).Extract()
	require.NoError(t, err)
}

func TestCreateNoETag(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("PUT /c/o", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusCreated) })
	_, err := objects.Create(t.Context(), th.ServiceClient(), "c", "o", strings.NewReader("x"), objects.CreateOpts{}).Extract()
	assert.True(t, errors.Is(err, gophercloud.ErrMalformedResponse), "got %v", err)
}

// TestCreateRetryRewinds: a 503 on a PUT is retried; a seekable body is
// sent again in full, the MD5 and the progress start over.
func TestCreateRetryRewinds(t *testing.T) {
	th := testhelper.Setup(t)
	var calls atomic.Int32
	th.Handle("PUT /c/o", func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		assert.Equal(t, "Hello World!", string(b))
		if calls.Add(1) == 1 {
			w.WriteHeader(http.StatusServiceUnavailable)
			return
		}
		w.Header().Set("Etag", md5hex(b))
		w.WriteHeader(http.StatusCreated)
	})
	var last int64
	h, err := objects.Create(t.Context(), th.ServiceClient(), "c", "o", strings.NewReader("Hello World!"), objects.CreateOpts{
		Progress: func(done, _ int64) { last = done },
	}).Extract()
	require.NoError(t, err)
	assert.Equal(t, int32(2), calls.Load())
	assert.Equal(t, helloMD5, h.MD5)
	assert.Equal(t, int64(12), last, "bytes of the failed attempt are not counted twice")

	// A stream cannot be sent twice: the 503 is returned.
	calls.Store(0)
	_, err = objects.Create(t.Context(), th.ServiceClient(), "c", "o", onlyReader{strings.NewReader("Hello World!")}, objects.CreateOpts{}).Extract()
	assert.True(t, errors.Is(err, gophercloud.ErrServiceUnavailable), "got %v", err)
	assert.Equal(t, int32(1), calls.Load())
}

// gatedReader yields first, then waits for gate before yielding rest: if
// Create read the whole body before sending, the server would never see
// first and the test would time out.
type gatedReader struct {
	first, rest []byte
	gate        chan struct{}
	state       int
}

func (g *gatedReader) Read(p []byte) (int, error) {
	switch g.state {
	case 0:
		g.state = 1
		return copy(p, g.first), nil
	case 1:
		select {
		case <-g.gate:
		case <-time.After(5 * time.Second):
			return 0, errors.New("the server never received the first part: the upload is not streamed")
		}
		g.state = 2
		return copy(p, g.rest), nil
	}
	return 0, io.EOF
}

func TestCreateStreams(t *testing.T) {
	th := testhelper.Setup(t)
	gate := make(chan struct{})
	th.Handle("PUT /c/o", func(w http.ResponseWriter, r *http.Request) {
		first := make([]byte, 5)
		_, err := io.ReadFull(r.Body, first)
		assert.NoError(t, err)
		assert.Equal(t, "Hello", string(first))
		close(gate)
		rest, _ := io.ReadAll(r.Body)
		w.Header().Set("Etag", md5hex(append(first, rest...)))
		w.WriteHeader(http.StatusCreated)
	})
	_, err := objects.Create(t.Context(), th.ServiceClient(), "c", "o", &gatedReader{first: []byte("Hello"), rest: []byte(" World!"), gate: gate}, objects.CreateOpts{}).Extract()
	require.NoError(t, err)
}

func TestCreateManifestAndDeleteAt(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("PUT /c/big", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestHeader(t, r, "X-Object-Manifest", "segs/big%20file/%3F/")
		testhelper.TestHeader(t, r, "X-Delete-At", "1893456000")
		w.Header().Set("Etag", md5hex(nil))
		w.WriteHeader(http.StatusCreated)
	})
	_, err := objects.Create(t.Context(), th.ServiceClient(), "c", "big", nil, objects.CreateOpts{
		ObjectManifest: "segs/big file/?/", DeleteAt: time.Unix(1893456000, 0),
	}).Extract()
	require.NoError(t, err)
}

func TestDownload(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /c/{name...}", func(w http.ResponseWriter, r *http.Request) {
		assert.Equal(t, "/c/a/b%20c.txt", r.URL.EscapedPath())
		testhelper.TestHeader(t, r, "Accept-Encoding", "identity")
		objectHeaders(w)
		w.WriteHeader(http.StatusOK)
		_, _ = io.WriteString(w, "Hello World!")
	})
	var done, total int64
	d, err := objects.Download(t.Context(), th.ServiceClient(), "c", "a/b c.txt", objects.DownloadOpts{
		VerifyChecksum: true,
		Progress:       func(d, t int64) { done, total = d, t },
	})
	require.NoError(t, err)
	b, err := io.ReadAll(d.Body)
	require.NoError(t, err)
	require.NoError(t, d.Close())
	assert.Equal(t, "Hello World!", string(b))
	assert.Equal(t, http.StatusOK, d.StatusCode)
	assert.False(t, d.NotModified())
	assert.Equal(t, int64(12), done)
	assert.Equal(t, int64(12), total)
	assert.Equal(t, objects.GetHeader{
		ContentLength: 12, ContentType: "text/plain", ETag: helloMD5,
		ContentDisposition: "attachment; filename=hello.txt",
		LastModified:       time.Date(2014, 1, 15, 16, 37, 43, 0, time.UTC),
		DeleteAt:           time.Unix(1893456000, 0),
		Metadata:           map[string]string{"orange": "Blood", "color": "red"},
		Date:               time.Date(2014, 1, 16, 21, 13, 19, 0, time.UTC),
		TransID:            "tx37ea34dcd1ed48ca9bc7d-0052d84b6f",
	}, d.Header)
}

func TestDownloadConditions(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /c/o", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestHeader(t, r, "If-None-Match", helloMD5)
		testhelper.TestHeader(t, r, "If-Match", "*")
		testhelper.TestHeader(t, r, "If-Modified-Since", "Wed, 15 Jan 2014 16:37:43 GMT")
		testhelper.TestHeader(t, r, "If-Unmodified-Since", "Thu, 16 Jan 2014 00:00:00 GMT")
		testhelper.TestHeader(t, r, "X-Newest", "true")
		testhelper.TestQuery(t, r, url.Values{"multipart-manifest": {"get"}})
		w.Header().Set("Etag", helloMD5)
		w.WriteHeader(http.StatusNotModified)
	})
	cet := time.FixedZone("CET", 3600)
	d, err := objects.Download(t.Context(), th.ServiceClient(), "c", "o", objects.DownloadOpts{
		IfNoneMatch: helloMD5, IfMatch: "*",
		IfModifiedSince:   time.Date(2014, 1, 15, 17, 37, 43, 0, cet),
		IfUnmodifiedSince: time.Date(2014, 1, 16, 0, 0, 0, 0, time.UTC),
		Newest:            true, MultipartManifest: "get", VerifyChecksum: true,
	})
	require.NoError(t, err)
	assert.True(t, d.NotModified())
	assert.Equal(t, helloMD5, d.Header.ETag)
	b, err := io.ReadAll(d.Body)
	require.NoError(t, err)
	assert.Empty(t, b)
	require.NoError(t, d.Close())
}

func TestDownloadPreconditionFailed(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /c/o", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusPreconditionFailed)
		_, _ = io.WriteString(w, "<html><h1>Precondition Failed</h1><p>A precondition for this request was not met.</p></html>")
	})
	_, err := objects.Download(t.Context(), th.ServiceClient(), "c", "o", objects.DownloadOpts{IfMatch: "nope"})
	assert.True(t, gophercloud.ResponseCodeIs(err, http.StatusPreconditionFailed), "got %v", err)
	assert.Contains(t, err.Error(), "A precondition for this request was not met")
}

func TestDownloadRange(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /c/o", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestHeader(t, r, "Range", "bytes=6-10")
		w.Header().Set("Content-Range", "bytes 6-10/12")
		w.Header().Set("Etag", helloMD5) // the whole object's: not the range's MD5
		w.WriteHeader(http.StatusPartialContent)
		_, _ = io.WriteString(w, "World")
	})
	d, err := objects.Download(t.Context(), th.ServiceClient(), "c", "o", objects.DownloadOpts{Range: "bytes=6-10", VerifyChecksum: true})
	require.NoError(t, err)
	defer d.Close()
	b, err := io.ReadAll(d.Body)
	require.NoError(t, err, "a range is not checked against the object's ETag")
	assert.Equal(t, "World", string(b))
	assert.Equal(t, http.StatusPartialContent, d.StatusCode)
	assert.Equal(t, "bytes 6-10/12", d.Header.ContentRange)
}

func TestDownloadChecksum(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("GET /c/{name}", func(w http.ResponseWriter, r *http.Request) {
		switch r.PathValue("name") {
		case "corrupt":
			w.Header().Set("Etag", helloMD5)
		case "slo":
			w.Header().Set("Etag", `"`+strings.Repeat("a", 32)+`"`)
			w.Header().Set("X-Static-Large-Object", "True")
		case "dlo":
			w.Header().Set("Etag", `"`+strings.Repeat("b", 32)+`"`)
			w.Header().Set("X-Object-Manifest", "segs/p/")
		}
		_, _ = io.WriteString(w, "Hello World?")
	})
	d, err := objects.Download(t.Context(), th.ServiceClient(), "c", "corrupt", objects.DownloadOpts{VerifyChecksum: true})
	require.NoError(t, err)
	b, err := io.ReadAll(d.Body)
	assert.True(t, errors.Is(err, objects.ErrChecksumMismatch), "got %v", err)
	assert.Equal(t, "Hello World?", string(b), "the bytes were delivered; the error comes at the end")
	_, err = d.Body.Read(make([]byte, 1))
	assert.True(t, errors.Is(err, objects.ErrChecksumMismatch), "the error sticks")
	require.NoError(t, d.Close())

	// Without VerifyChecksum, nothing is checked.
	d, err = objects.Download(t.Context(), th.ServiceClient(), "c", "corrupt", objects.DownloadOpts{})
	require.NoError(t, err)
	_, err = io.ReadAll(d.Body)
	require.NoError(t, err)
	require.NoError(t, d.Close())

	for _, name := range []string{"slo", "dlo"} {
		d, err := objects.Download(t.Context(), th.ServiceClient(), "c", name, objects.DownloadOpts{VerifyChecksum: true})
		require.NoError(t, err)
		_, err = io.ReadAll(d.Body)
		require.NoError(t, err, "%s: a large object's ETag is not the MD5 of its bytes", name)
		require.NoError(t, d.Close())
	}
}

func TestDownloadKeepsGzip(t *testing.T) {
	th := testhelper.Setup(t)
	gz := []byte("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xcbH\xcd\xc9\xc9\x07\x00\x86\xa6\x106\x05\x00\x00\x00")
	th.Handle("GET /c/o.gz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Encoding", "gzip")
		w.Header().Set("Etag", md5hex(gz))
		_, _ = w.Write(gz)
	})
	d, err := objects.Download(t.Context(), th.ServiceClient(), "c", "o.gz", objects.DownloadOpts{VerifyChecksum: true})
	require.NoError(t, err)
	defer d.Close()
	b, err := io.ReadAll(d.Body)
	require.NoError(t, err)
	assert.Equal(t, gz, b, "the stored bytes, not inflated")
}

// TestDownloadStreams: Download returns while the server is still
// sending; the caller reads as bytes arrive.
func TestDownloadStreams(t *testing.T) {
	th := testhelper.Setup(t)
	gate := make(chan struct{})
	th.Handle("GET /c/o", func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.WriteString(w, "first|")
		w.(http.Flusher).Flush()
		select {
		case <-gate:
		case <-time.After(5 * time.Second):
			t.Error("the client did not read the first part before the whole body: not streamed")
		}
		_, _ = io.WriteString(w, "second")
	})
	d, err := objects.Download(t.Context(), th.ServiceClient(), "c", "o", objects.DownloadOpts{})
	require.NoError(t, err)
	defer d.Close()
	first := make([]byte, 6)
	_, err = io.ReadFull(d.Body, first)
	require.NoError(t, err)
	assert.Equal(t, "first|", string(first))
	close(gate)
	rest, err := io.ReadAll(d.Body)
	require.NoError(t, err)
	assert.Equal(t, "second", string(rest))
}

func TestGet(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("HEAD /c/{name}", func(w http.ResponseWriter, r *http.Request) {
		switch r.PathValue("name") {
		case "o":
			testhelper.TestHeader(t, r, "X-Newest", "true")
			testhelper.TestQuery(t, r, url.Values{"multipart-manifest": {"get"}})
			objectHeaders(w)
			w.Header().Set("X-Static-Large-Object", "True")
		case "bad":
			w.Header().Set("X-Delete-At", "tomorrow")
		}
	})
	h, err := objects.Get(t.Context(), th.ServiceClient(), "c", "o", objects.GetOpts{Newest: true, MultipartManifest: "get"}).Extract()
	require.NoError(t, err)
	assert.Equal(t, int64(12), h.ContentLength)
	assert.True(t, h.StaticLargeObject)
	assert.Equal(t, time.Unix(1893456000, 0), h.DeleteAt)
	md, err := objects.Get(t.Context(), th.ServiceClient(), "c", "o", objects.GetOpts{Newest: true, MultipartManifest: "get"}).ExtractMetadata()
	require.NoError(t, err)
	assert.Equal(t, map[string]string{"orange": "Blood", "color": "red"}, md)

	_, err = objects.Get(t.Context(), th.ServiceClient(), "c", "bad", objects.GetOpts{}).Extract()
	assert.True(t, errors.Is(err, gophercloud.ErrMalformedResponse), "got %v", err)
}

func TestUpdate(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("POST /c/o", func(w http.ResponseWriter, r *http.Request) {
		testhelper.TestHeader(t, r, "X-Object-Meta-Book", "GoodbyeColumbus")
		testhelper.TestHeader(t, r, "Content-Type", "text/markdown")
		testhelper.TestHeader(t, r, "X-Remove-Delete-At", "true")
		testhelper.TestHeaderUnset(t, r, "X-Delete-After")
		w.Header().Set("X-Trans-Id", "txb5fb5c91ba1f4f37bb648-0052d84b3f")
		w.WriteHeader(http.StatusAccepted)
	})
	h, err := objects.Update(t.Context(), th.ServiceClient(), "c", "o", objects.UpdateOpts{
		Metadata: map[string]string{"Book": "GoodbyeColumbus"}, ContentType: "text/markdown", RemoveDeleteAt: true,
	}).Extract()
	require.NoError(t, err)
	assert.Equal(t, "txb5fb5c91ba1f4f37bb648-0052d84b3f", h.TransID)
}

func TestCopy(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("PUT /{container}/{name...}", func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.EscapedPath() {
		case "/dst/new%20name%3F":
			testhelper.TestHeader(t, r, "X-Copy-From", "/src/dir/old%20%23name")
		case "/src/same":
			testhelper.TestHeader(t, r, "X-Copy-From", "/src/orig")
		default:
			t.Errorf("unexpected copy to %s", r.URL.EscapedPath())
		}
		testhelper.TestHeader(t, r, "X-Object-Meta-Extra", "1")
		testhelper.TestHeader(t, r, "X-Fresh-Metadata", "true")
		assert.Equal(t, int64(0), r.ContentLength)
		w.Header().Set("Etag", helloMD5)
		w.Header().Set("X-Copied-From", "src/dir/old%20%23name")
		w.Header().Set("X-Copied-From-Last-Modified", "Wed, 15 Jan 2014 16:37:43 GMT")
		w.Header().Set("Last-Modified", "Thu, 16 Jan 2014 21:19:45 GMT")
		w.Header().Set("Date", "Thu, 16 Jan 2014 21:19:45 GMT")
		w.Header().Set("X-Trans-Id", "tx0c8f1e8c4c2d4c3b9f1a2-0052d84c41")
		w.WriteHeader(http.StatusCreated)
	})
	opts := objects.CopyOpts{DestinationContainer: "dst", Destination: "new name?", Metadata: map[string]string{"Extra": "1"}, FreshMetadata: true}
	h, err := objects.Copy(t.Context(), th.ServiceClient(), "src", "dir/old #name", opts).Extract()
	require.NoError(t, err)
	assert.Equal(t, &objects.CopyHeader{
		ETag: helloMD5, CopiedFrom: "src/dir/old #name",
		CopiedFromLastModified: time.Date(2014, 1, 15, 16, 37, 43, 0, time.UTC),
		LastModified:           time.Date(2014, 1, 16, 21, 19, 45, 0, time.UTC),
		Date:                   time.Date(2014, 1, 16, 21, 19, 45, 0, time.UTC),
		TransID:                "tx0c8f1e8c4c2d4c3b9f1a2-0052d84c41",
	}, h)

	_, err = objects.Copy(t.Context(), th.ServiceClient(), "src", "orig", objects.CopyOpts{Destination: "same", Metadata: map[string]string{"Extra": "1"}, FreshMetadata: true}).Extract()
	require.NoError(t, err)
}

func TestDelete(t *testing.T) {
	th := testhelper.Setup(t)
	th.Handle("DELETE /c/{name...}", func(w http.ResponseWriter, r *http.Request) {
		if r.PathValue("name") == "gone" {
			w.WriteHeader(http.StatusNotFound)
			return
		}
		assert.Equal(t, "/c/a/b%25c", r.URL.EscapedPath())
		w.WriteHeader(http.StatusNoContent)
	})
	require.NoError(t, objects.Delete(t.Context(), th.ServiceClient(), "c", "a/b%c").ExtractErr())
	err := objects.Delete(t.Context(), th.ServiceClient(), "c", "gone").ExtractErr()
	assert.True(t, errors.Is(err, gophercloud.ErrNotFound), "got %v", err)
}

func TestBulkDelete(t *testing.T) {
	th := testhelper.Setup(t)
	swifttest.HandleInfo(th, swifttest.InfoJSON)
	th.Handle("POST /{$}", func(w http.ResponseWriter, r *http.Request) {
		assert.Equal(t, "bulk-delete", r.URL.RawQuery)
		testhelper.TestHeader(t, r, "Content-Type", "text/plain")
		testhelper.TestHeader(t, r, "Accept", "application/json")
		testhelper.TestBody(t, r, "/my%20c/a/b%20c\n/my%20c/%3F%23%25+\n/my%20c//lead\n/my%20c/line%0Abreak\n")
		testhelper.WriteJSON(w, http.StatusOK, `{"Number Not Found": 1, "Response Status": "502 Bad Gateway", "Response Body": "", "Errors": [["/my%20c/%3F%23%25%2B", "503 Service Unavailable"]], "Number Deleted": 2}`)
	})
	rep, err := objects.BulkDelete(t.Context(), th.ServiceClient(), "my c", []string{"a/b c", "?#%+", "/lead", "line\nbreak"})
	assert.True(t, errors.Is(err, gophercloud.ErrServiceUnavailable), "got %v", err)
	assert.Equal(t, 2, rep.NumberDeleted)
	assert.Equal(t, 1, rep.NumberNotFound)
	assert.Equal(t, []objects.BulkDeleteFailure{{Name: "my c/?#%+", Status: "503 Service Unavailable"}}, rep.Errors)
}

func TestBadOptions(t *testing.T) {
	cases := map[string]func(context.Context, *gophercloud.ServiceClient) error{
		"create: empty container": func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return objects.Create(ctx, c, "", "o", nil, objects.CreateOpts{}).Err
		},
		"create: empty name": func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return objects.Create(ctx, c, "c", "", nil, objects.CreateOpts{}).Err
		},
		"create: slash in container": func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return objects.Create(ctx, c, "a/b", "o", nil, objects.CreateOpts{}).Err
		},
		"create: DeleteAfter and DeleteAt": func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return objects.Create(ctx, c, "c", "o", nil, objects.CreateOpts{DeleteAfter: time.Second, DeleteAt: time.Now()}).Err
		},
		"create: negative DeleteAfter": func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return objects.Create(ctx, c, "c", "o", nil, objects.CreateOpts{DeleteAfter: -time.Second}).Err
		},
		"create: negative ContentLength": func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return objects.Create(ctx, c, "c", "o", nil, objects.CreateOpts{ContentLength: -1}).Err
		},
		"create: header injection": func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return objects.Create(ctx, c, "c", "o", nil, objects.CreateOpts{ContentType: "text/plain\r\nX-Evil: 1"}).Err
		},
		"create: manifest without container": func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return objects.Create(ctx, c, "c", "o", nil, objects.CreateOpts{ObjectManifest: "/prefix"}).Err
		},
		"download: empty name": func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := objects.Download(ctx, c, "c", "", objects.DownloadOpts{})
			return err
		},
		"download: header injection": func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := objects.Download(ctx, c, "c", "o", objects.DownloadOpts{Range: "bytes=0-1\nX: y"})
			return err
		},
		"get: empty container": func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return objects.Get(ctx, c, "", "o", objects.GetOpts{}).Err
		},
		"update: DeleteAt and RemoveDeleteAt": func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return objects.Update(ctx, c, "c", "o", objects.UpdateOpts{DeleteAt: time.Now(), RemoveDeleteAt: true}).Err
		},
		"update: bad metadata key": func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return objects.Update(ctx, c, "c", "o", objects.UpdateOpts{Metadata: map[string]string{"a:b": "c"}}).Err
		},
		"copy: no destination": func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return objects.Copy(ctx, c, "c", "o", objects.CopyOpts{}).Err
		},
		"copy: bad destination container": func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return objects.Copy(ctx, c, "c", "o", objects.CopyOpts{DestinationContainer: "x/y", Destination: "d"}).Err
		},
		"copy: empty source": func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return objects.Copy(ctx, c, "c", "", objects.CopyOpts{Destination: "d"}).Err
		},
		"delete: empty name": func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return objects.Delete(ctx, c, "c", "").Err
		},
		"bulk: empty name": func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := objects.BulkDelete(ctx, c, "c", []string{"a", ""})
			return err
		},
		"bulk: bad container": func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := objects.BulkDelete(ctx, c, "", []string{"a"})
			return err
		},
		"list: negative limit": func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := objects.List(c, "c", objects.ListOpts{Limit: -5}).Collect(ctx)
			return err
		},
		"list names: empty container": func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := objects.ListNames(c, "", objects.ListOpts{}).Collect(ctx)
			return err
		},
	}
	for name, call := range cases {
		t.Run(name, func(t *testing.T) {
			th := testhelper.Setup(t) // any request fails the test
			err := call(t.Context(), th.ServiceClient())
			assert.True(t, errors.Is(err, gophercloud.ErrInvalidOptions), "got %v", err)
		})
	}
}

func TestFailures(t *testing.T) {
	noInfo := func(call func(context.Context, *gophercloud.ServiceClient) error) func(context.Context, *gophercloud.ServiceClient) error {
		return func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return call(ctx, swifttest.WithoutInfo(c))
		}
	}
	cases := []struct {
		name, pattern string
		status        int
		decodes       bool
		call          func(context.Context, *gophercloud.ServiceClient) error
	}{
		{"List", "GET /c", http.StatusOK, true, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := objects.List(c, "c", objects.ListOpts{}).Collect(ctx)
			return err
		}},
		{"ListNames", "GET /c", http.StatusOK, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := objects.ListNames(c, "c", objects.ListOpts{}).Collect(ctx)
			return err
		}},
		{"Create", "PUT /c/o", http.StatusCreated, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := objects.Create(ctx, c, "c", "o", strings.NewReader("x"), objects.CreateOpts{}).Extract()
			return err
		}},
		{"Download", "GET /c/o", http.StatusOK, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			d, err := objects.Download(ctx, c, "c", "o", objects.DownloadOpts{})
			if err == nil {
				d.Close()
			}
			return err
		}},
		{"Update", "POST /c/o", http.StatusAccepted, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := objects.Update(ctx, c, "c", "o", objects.UpdateOpts{}).Extract()
			return err
		}},
		{"Copy", "PUT /c/d", http.StatusCreated, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := objects.Copy(ctx, c, "c", "o", objects.CopyOpts{Destination: "d"}).Extract()
			return err
		}},
		{"Delete", "DELETE /c/o", http.StatusNoContent, false, func(ctx context.Context, c *gophercloud.ServiceClient) error {
			return objects.Delete(ctx, c, "c", "o").ExtractErr()
		}},
		{"BulkDelete", "POST /{$}", http.StatusOK, true, noInfo(func(ctx context.Context, c *gophercloud.ServiceClient) error {
			_, err := objects.BulkDelete(ctx, c, "c", []string{"o"})
			return err
		})},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			testhelper.CheckFailures(t, tc.pattern, tc.status, tc.decodes, tc.call)
		})
	}
	t.Run("Get", func(t *testing.T) {
		th := testhelper.Setup(t)
		th.Handle("HEAD /c/o", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusInternalServerError) })
		_, err := objects.Get(t.Context(), th.ServiceClient(), "c", "o", objects.GetOpts{}).Extract()
		assert.True(t, errors.Is(err, gophercloud.ErrServerError), "got %v", err)
	})
}
