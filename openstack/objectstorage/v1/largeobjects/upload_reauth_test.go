package largeobjects_test

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/internal/swifttest"
	"github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/largeobjects"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestUploadReauthMidUpload: the token expires in the middle of an upload,
// so Swift answers 401 to the segment PUTs after the first (having read
// each body). Every segment is sent again in full after one
// re-authentication, from a section of the reader or from its buffer, and
// the object joins up to the content. Without the rewind the replayed
// segments are empty (or fail on the Content-Length), and Swift refuses
// the manifest.
func TestUploadReauthMidUpload(t *testing.T) {
	data := randomData(t, 3500)
	path := filepath.Join(t.TempDir(), "f")
	require.NoError(t, os.WriteFile(path, data, 0o600))
	cases := []struct {
		name   string
		reader func(t *testing.T) io.Reader
	}{
		{"stream (buffers)", func(*testing.T) io.Reader { return onlyReader{bytes.NewReader(data)} }},
		{"os.File (sections)", func(t *testing.T) io.Reader {
			f, err := os.Open(path)
			require.NoError(t, err)
			t.Cleanup(func() { f.Close() })
			return f
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f, th := newFakeSwift(t, swifttest.InfoJSON, "c", "c_segments")
			var expired atomic.Bool
			var refused atomic.Int32
			f.hook = func(w http.ResponseWriter, r *http.Request, path string) bool {
				if r.Method != http.MethodPut || !strings.HasPrefix(path, "c_segments/") || !expired.Load() {
					return false
				}
				_, _ = io.Copy(io.Discard, r.Body)
				refused.Add(1)
				testhelper.WriteJSON(w, http.StatusUnauthorized, `{"error": {"code": 401, "message": "The request you have made requires authentication."}}`)
				return true
			}
			c := th.ServiceClient()
			var reauths atomic.Int32
			c.ReauthFunc = func(context.Context) error {
				reauths.Add(1)
				expired.Store(false)
				c.SetToken(testhelper.TokenID)
				return nil
			}
			var sent atomic.Int64
			res, err := largeobjects.Upload(t.Context(), c, "c", "big", tc.reader(t), largeobjects.UploadOpts{
				SegmentSize: 1000, Workers: 1,
				Progress: func(done, _ int64) {
					// The token expires once the first segment is out.
					if done >= 1000 && sent.Swap(done) < 1000 {
						expired.Store(true)
					}
				},
			})
			require.NoError(t, err)
			assert.Equal(t, int32(1), reauths.Load())
			assert.Equal(t, int32(1), refused.Load())
			require.Len(t, res.Segments, 4)
			for i, s := range res.Segments {
				seg := data[i*1000 : min((i+1)*1000, len(data))]
				assert.Equal(t, md5hex(seg), s.ETag, "segment %d", i)
			}
			m := f.get("c/big")
			require.NotNil(t, m)
			assert.True(t, bytes.Equal(data, m.data), "the object joins up to the content")
			assert.Equal(t, int64(3500), sent.Load(), "the refused attempt's bytes are taken back")
		})
	}
}
