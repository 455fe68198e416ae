//go:build acceptance

package objectstorage_test

import (
	"bytes"
	"errors"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/acceptance/clients"
	"github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/containers"
	"github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/largeobjects"
	"github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/objects"
	"github.com/stretchr/testify/require"
)

// invalidToken is what the tests put in place of the provider's token, as
// if it had expired: Swift answers 401 and the provider (AllowReauth)
// authenticates again.
const invalidToken = "invalid"

// download reads a whole object back.
func download(t *testing.T, c *gophercloud.ServiceClient, cont, name string) []byte {
	t.Helper()
	d, err := objects.Download(clients.Context(t, time.Minute), c, cont, name, objects.DownloadOpts{})
	require.NoError(t, err)
	defer d.Close()
	b, err := io.ReadAll(d.Body)
	require.NoError(t, err)
	return b
}

// TestObjectCreateReauth: an upload whose token Swift refuses is sent
// again, in full, after the re-authentication. Before the fix the replay
// sent what was left of the body: a 0-byte object, or a Content-Length
// mismatch.
func TestObjectCreateReauth(t *testing.T) {
	c := client(t)
	cont := newContainer(t, c, "reauth", containers.CreateOpts{})
	data, sum := randomBytes(t, 1<<20+123)
	path := filepath.Join(t.TempDir(), "data")
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
	}
	for _, rd := range readers {
		for _, noChecksum := range []bool{false, true} {
			name := rd.name + map[bool]string{false: "/checksum", true: "/NoChecksum"}[noChecksum]
			t.Run(name, func(t *testing.T) {
				ctx := clients.Context(t, time.Minute)
				c.SetToken(invalidToken)
				h, err := objects.Create(ctx, c, cont, name, rd.open(t), objects.CreateOpts{NoChecksum: noChecksum}).Extract()
				require.NoError(t, err)
				require.NotEqual(t, invalidToken, c.Token(), "the provider re-authenticated")
				require.Equal(t, sum, h.ETag)
				if !noChecksum {
					require.Equal(t, sum, h.MD5, "the MD5 covers the replay only")
				}
				got := download(t, c, cont, name)
				require.Equal(t, len(data), len(got), "every byte is stored")
				require.True(t, bytes.Equal(data, got), "the stored bytes are the content")
			})
		}
	}

	// A pipe cannot be sent twice: the error says so, the token is
	// renewed, and nothing (in particular no truncated object) is stored.
	t.Run("io.Pipe", func(t *testing.T) {
		ctx := clients.Context(t, time.Minute)
		pr, pw := io.Pipe()
		go func() {
			_, err := pw.Write(data)
			pw.CloseWithError(err)
		}()
		t.Cleanup(func() { pr.Close() })
		c.SetToken(invalidToken)
		_, err := objects.Create(ctx, c, cont, "pipe", pr, objects.CreateOpts{}).Extract()
		require.True(t, errors.Is(err, gophercloud.ErrBodyNotReplayable), "got %v", err)
		require.NotEqual(t, invalidToken, c.Token())
		err = objects.Get(ctx, c, cont, "pipe", objects.GetOpts{}).Err
		require.True(t, gophercloud.ResponseCodeIs(err, http.StatusNotFound), "no object stored: %v", err)
	})
}

// TestLargeObjectUploadReauth: the token is invalidated while a large
// object is being uploaded (from the progress callback, once the first
// segment is out). The segment that gets the 401 is sent again in full
// and the object reads back byte for byte.
func TestLargeObjectUploadReauth(t *testing.T) {
	c := client(t)
	data, sum := randomBytes(t, 3<<20+77)
	for _, tc := range []struct {
		name   string
		reader func() io.Reader
	}{
		{"stream (buffered segments)", func() io.Reader { return onlyReader{bytes.NewReader(data)} }},
		{"ReaderAt (sections)", func() io.Reader { return bytes.NewReader(data) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := clients.Context(t, 2*time.Minute)
			cont := newContainer(t, c, "reauth-large", containers.CreateOpts{})
			t.Cleanup(func() { emptyAndDelete(t, c, cont+"_segments") })
			var invalidated atomic.Bool
			res, err := largeobjects.Upload(ctx, c, cont, "big", tc.reader(), largeobjects.UploadOpts{
				SegmentSize: 1 << 20,
				Workers:     1,
				Progress: func(done, _ int64) {
					if done >= 1<<20 && !invalidated.Swap(true) {
						c.SetToken(invalidToken)
					}
				},
			})
			require.NoError(t, err)
			require.True(t, invalidated.Load())
			require.NotEqual(t, invalidToken, c.Token(), "the provider re-authenticated")
			require.Len(t, res.Segments, 4)
			got := download(t, c, cont, "big")
			require.Equal(t, len(data), len(got), "every byte is stored")
			require.True(t, bytes.Equal(data, got), "the stored bytes are the content (MD5 %s)", sum)
		})
	}
}
