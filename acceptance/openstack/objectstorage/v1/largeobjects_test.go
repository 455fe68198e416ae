//go:build acceptance

package objectstorage_test

import (
	"bytes"
	"context"
	"crypto/md5"
	"encoding/hex"
	"errors"
	"io"
	"strings"
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

func TestLargeObjects(t *testing.T) {
	c := client(t)
	data, sum := randomBytes(t, 3<<20+512<<10) // 3.5 MiB: 4 segments of at most 1 MiB

	cases := []struct {
		name     string
		manifest largeobjects.Manifest
		reader   func() io.Reader
	}{
		{"SLO from a stream", largeobjects.SLO, func() io.Reader { return onlyReader{bytes.NewReader(data)} }},
		{"SLO from a ReaderAt", largeobjects.SLO, func() io.Reader { return bytes.NewReader(data) }},
		{"DLO from a stream", largeobjects.DLO, func() io.Reader { return onlyReader{bytes.NewReader(data)} }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ctx := clients.Context(t, 2*time.Minute)
			cont := newContainer(t, c, "large", containers.CreateOpts{})
			segs := cont + "_segments"
			t.Cleanup(func() { emptyAndDelete(t, c, segs) })
			name := "big file #1?.bin"

			var calls, last atomic.Int64
			res, err := largeobjects.Upload(ctx, c, cont, name, tc.reader(), largeobjects.UploadOpts{
				SegmentSize: 1 << 20,
				Workers:     3,
				Manifest:    tc.manifest,
				ContentType: "application/x-test",
				Metadata:    map[string]string{"Kind": string(tc.manifest)},
				Progress: func(done, _ int64) {
					calls.Add(1)
					last.Store(done)
				},
			})
			require.NoError(t, err)
			require.Len(t, res.Segments, 4)
			require.Equal(t, int64(len(data)), res.Size)
			require.Equal(t, segs, res.SegmentContainer)
			require.Equal(t, int64(len(data)), last.Load())
			require.Positive(t, calls.Load())
			for i, s := range res.Segments {
				seg := data[i<<20 : min((i+1)<<20, len(data))]
				want := md5.Sum(seg)
				require.Equal(t, hex.EncodeToString(want[:]), s.ETag, "segment %d", i)
				require.Equal(t, int64(len(seg)), s.Size)
			}

			h, err := objects.Get(ctx, c, cont, name, objects.GetOpts{}).Extract()
			require.NoError(t, err)
			require.Equal(t, int64(len(data)), h.ContentLength)
			require.Equal(t, res.ETag, h.ETag)
			require.Equal(t, "application/x-test", h.ContentType)
			require.Equal(t, string(tc.manifest), h.Metadata["kind"])
			require.Equal(t, tc.manifest == largeobjects.SLO, h.StaticLargeObject)
			require.Equal(t, tc.manifest == largeobjects.DLO, h.ObjectManifest != "")

			d, err := objects.Download(ctx, c, cont, name, objects.DownloadOpts{})
			require.NoError(t, err)
			got := md5.New()
			n, err := io.Copy(got, d.Body)
			require.NoError(t, err)
			require.NoError(t, d.Close())
			require.Equal(t, int64(len(data)), n)
			require.Equal(t, sum, hex.EncodeToString(got.Sum(nil)), "the large object reads back as the stream")

			rep, err := largeobjects.Delete(ctx, c, cont, name)
			require.NoError(t, err)
			require.Equal(t, 5, rep.NumberDeleted, "manifest and 4 segments")
			left, err := objects.ListNames(c, segs, objects.ListOpts{Prefix: res.SegmentPrefix}).Collect(ctx)
			require.NoError(t, err)
			require.Empty(t, left)
			err = objects.Get(ctx, c, cont, name, objects.GetOpts{}).Err
			require.True(t, errors.Is(err, gophercloud.ErrNotFound), "got %v", err)
		})
	}
}

// failingReader yields n bytes, then an error.
type failingReader struct {
	n int
}

func (f *failingReader) Read(p []byte) (int, error) {
	if f.n == 0 {
		return 0, errors.New("disk on fire")
	}
	k := min(len(p), f.n)
	f.n -= k
	return k, nil
}

func TestLargeObjectFailureCleansUp(t *testing.T) {
	c := client(t)
	cont := newContainer(t, c, "large-fail", containers.CreateOpts{})
	segs := cont + "_segments"
	t.Cleanup(func() { emptyAndDelete(t, c, segs) })

	t.Run("reader fails", func(t *testing.T) {
		ctx := clients.Context(t, time.Minute)
		_, err := largeobjects.Upload(ctx, c, cont, "broken", &failingReader{n: 2<<20 + 100}, largeobjects.UploadOpts{SegmentSize: 1 << 20, Workers: 2})
		require.ErrorContains(t, err, "disk on fire")
		left, err := objects.ListNames(c, segs, objects.ListOpts{}).Collect(ctx)
		require.NoError(t, err)
		require.Empty(t, left, "segments uploaded before the failure are deleted")
		err = objects.Get(ctx, c, cont, "broken", objects.GetOpts{}).Err
		require.True(t, errors.Is(err, gophercloud.ErrNotFound), "no manifest: %v", err)
	})
	t.Run("cancelled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(clients.Context(t, time.Minute))
		defer cancel()
		data, _ := randomBytes(t, 4<<20)
		_, err := largeobjects.Upload(ctx, c, cont, "cancelled", onlyReader{bytes.NewReader(data)}, largeobjects.UploadOpts{
			SegmentSize: 1 << 20, Workers: 2,
			Progress: func(done, _ int64) {
				if done > 1<<20 {
					cancel()
				}
			},
		})
		require.ErrorIs(t, err, context.Canceled)
		requireNoSegments(t, c, segs)
	})
}

func TestLargeObjectEmpty(t *testing.T) {
	c := client(t)
	ctx := clients.Context(t, time.Minute)
	cont := newContainer(t, c, "large-empty", containers.CreateOpts{})
	t.Cleanup(func() { emptyAndDelete(t, c, cont+"_segments") })
	for _, m := range []largeobjects.Manifest{largeobjects.SLO, largeobjects.DLO} {
		name := "empty-" + string(m)
		_, err := largeobjects.Upload(ctx, c, cont, name, strings.NewReader(""), largeobjects.UploadOpts{Manifest: m})
		require.NoError(t, err)
		d, err := objects.Download(ctx, c, cont, name, objects.DownloadOpts{})
		require.NoError(t, err)
		b, err := io.ReadAll(d.Body)
		require.NoError(t, err)
		require.NoError(t, d.Close())
		require.Empty(t, b)
		_, err = largeobjects.Delete(ctx, c, cont, name)
		require.NoError(t, err)
	}
}

// requireNoSegments checks that no segment of segs exists. A segment PUT
// that was in flight when the upload was cancelled can commit after the
// cleanup's DELETE; the DELETE still wins (Swift orders them by the
// proxy's timestamps), but the container listing is updated
// asynchronously and may show the name for a few seconds. So a listed
// name counts as left only while a HEAD still finds the object.
func requireNoSegments(t *testing.T, c *gophercloud.ServiceClient, segs string) {
	t.Helper()
	ctx := clients.Context(t, time.Minute)
	deadline := time.Now().Add(20 * time.Second)
	for {
		left, err := objects.ListNames(c, segs, objects.ListOpts{}).Collect(ctx)
		require.NoError(t, err)
		var existing []string
		for _, name := range left {
			err := objects.Get(ctx, c, segs, name, objects.GetOpts{}).Err
			if !errors.Is(err, gophercloud.ErrNotFound) {
				existing = append(existing, name)
			}
		}
		if len(existing) == 0 {
			return
		}
		if time.Now().After(deadline) {
			require.Empty(t, existing, "segments are deleted after a cancel")
		}
		time.Sleep(time.Second)
	}
}
