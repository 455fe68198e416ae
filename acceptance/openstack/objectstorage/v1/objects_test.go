//go:build acceptance

package objectstorage_test

import (
	"bytes"
	"context"
	"crypto/md5"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/acceptance/clients"
	"github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/accounts"
	"github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/containers"
	"github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/objects"
	"github.com/cloudsdk/gophercloud/pagination"
	"github.com/stretchr/testify/require"
)

func TestObjectsListPrefixDelimiter(t *testing.T) {
	c := client(t)
	ctx := clients.Context(t, time.Minute)
	cont := newContainer(t, c, "dirs", containers.CreateOpts{})
	for _, n := range []string{"a/1", "a/2", "a/sub/3", "b/1", "c"} {
		_, err := objects.Create(ctx, c, cont, n, strings.NewReader(n), objects.CreateOpts{}).Extract()
		require.NoError(t, err)
	}

	top, err := objects.List(c, cont, objects.ListOpts{Delimiter: "/"}).Collect(ctx)
	require.NoError(t, err)
	require.Len(t, top, 3)
	require.True(t, top[0].IsDir())
	require.Equal(t, "a/", top[0].Subdir)
	require.Equal(t, "b/", top[1].Subdir)
	require.False(t, top[2].IsDir())
	require.Equal(t, "c", top[2].Name)
	require.Equal(t, int64(1), top[2].Bytes)

	inA, err := objects.List(c, cont, objects.ListOpts{Prefix: "a/", Delimiter: "/"}).Collect(ctx)
	require.NoError(t, err)
	require.Equal(t, []string{"a/1", "a/2", "a/sub/"}, entryNames(inA))

	names, err := objects.ListNames(c, cont, objects.ListOpts{Prefix: "a/"}).Collect(ctx)
	require.NoError(t, err)
	require.Equal(t, []string{"a/1", "a/2", "a/sub/3"}, names)

	rev, err := objects.ListNames(c, cont, objects.ListOpts{Reverse: true, Limit: 2}).Collect(ctx)
	require.NoError(t, err)
	require.Equal(t, []string{"c", "b/1", "a/sub/3", "a/2", "a/1"}, rev, "reverse listing paged by 2")
}

func entryNames(objs []objects.Object) []string {
	out := make([]string, len(objs))
	for i, o := range objs {
		out[i] = o.Name + o.Subdir
	}
	return out
}

// TestObjectsList2500AndBulkDelete walks 2,500 objects in pages of 1,000,
// in both listing formats, then bulk-deletes 1,000 of them. (One set of
// objects serves both: creating them is most of the run time.)
func TestObjectsList2500AndBulkDelete(t *testing.T) {
	c := client(t)
	ctx := clients.Context(t, 3*time.Minute)
	cont := newContainer(t, c, "many", containers.CreateOpts{})
	want := createMany(t, ctx, c, cont, "obj-%05d", 2500)

	pages := 0
	var got []string
	err := objects.List(c, cont, objects.ListOpts{Limit: 1000}).EachPage(ctx, func(_ context.Context, p pagination.Page[objects.Object]) (bool, error) {
		pages++
		objs, err := objects.ExtractObjects(p)
		for _, o := range objs {
			got = append(got, o.Name)
		}
		return true, err
	})
	require.NoError(t, err)
	require.Equal(t, 3, pages)
	require.Equal(t, want, got)

	names, err := objects.ListNames(c, cont, objects.ListOpts{Limit: 1000}).Collect(ctx)
	require.NoError(t, err)
	require.Equal(t, want, names)

	// The iterator stops fetching when the loop breaks.
	n := 0
	for o, err := range objects.List(c, cont, objects.ListOpts{Limit: 1000, Marker: "obj-01499"}).All(ctx) {
		require.NoError(t, err)
		require.Equal(t, fmt.Sprintf("obj-%05d", 1500+n), o.Name)
		if n++; n == 10 {
			break
		}
	}
	require.Equal(t, 10, n)

	rep, err := objects.BulkDelete(ctx, c, cont, append(slices.Clone(want[:1000]), "obj-not-there"))
	require.NoError(t, err)
	require.Equal(t, 1000, rep.NumberDeleted)
	require.Equal(t, 1, rep.NumberNotFound)
	require.Empty(t, rep.Errors)
	left, err := objects.ListNames(c, cont, objects.ListOpts{Limit: 1000}).Collect(ctx)
	require.NoError(t, err)
	require.Equal(t, want[1000:], left)
}

func TestObjectUploadDownload(t *testing.T) {
	c := client(t)
	ctx := clients.Context(t, 2*time.Minute)
	cont := newContainer(t, c, "updown", containers.CreateOpts{})
	data, sum := randomBytes(t, 3<<20+17)

	cases := []struct {
		name string
		body io.Reader
		opts objects.CreateOpts
	}{
		{"bytes reader", bytes.NewReader(data), objects.CreateOpts{}},
		{"stream of known size", onlyReader{bytes.NewReader(data)}, objects.CreateOpts{ContentLength: int64(len(data))}},
		{"chunked stream", onlyReader{bytes.NewReader(data)}, objects.CreateOpts{}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var last atomic.Int64
			opts := tc.opts
			opts.ContentType = "application/octet-stream"
			opts.Metadata = map[string]string{"Case": tc.name}
			opts.Progress = func(done, _ int64) { last.Store(done) }
			h, err := objects.Create(ctx, c, cont, tc.name, tc.body, opts).Extract()
			require.NoError(t, err)
			require.Equal(t, sum, h.ETag)
			require.Equal(t, sum, h.MD5)
			require.Equal(t, int64(len(data)), last.Load())

			var read atomic.Int64
			d, err := objects.Download(ctx, c, cont, tc.name, objects.DownloadOpts{VerifyChecksum: true, Progress: func(done, total int64) {
				read.Store(done)
				require.Equal(t, int64(len(data)), total)
			}})
			require.NoError(t, err)
			got, err := io.ReadAll(d.Body)
			require.NoError(t, err)
			require.NoError(t, d.Close())
			require.True(t, bytes.Equal(data, got), "downloaded bytes differ")
			require.Equal(t, int64(len(data)), read.Load())
			require.Equal(t, sum, d.Header.ETag)
			require.Equal(t, int64(len(data)), d.Header.ContentLength)
			require.Equal(t, "application/octet-stream", d.Header.ContentType)
			require.Equal(t, tc.name, d.Header.Metadata["case"])
		})
	}

	name := cases[0].name
	t.Run("range", func(t *testing.T) {
		d, err := objects.Download(ctx, c, cont, name, objects.DownloadOpts{Range: "bytes=1000-1999", VerifyChecksum: true})
		require.NoError(t, err)
		defer d.Close()
		got, err := io.ReadAll(d.Body)
		require.NoError(t, err)
		require.Equal(t, http.StatusPartialContent, d.StatusCode)
		require.Equal(t, data[1000:2000], got)
		require.Equal(t, fmt.Sprintf("bytes 1000-1999/%d", len(data)), d.Header.ContentRange)
	})
	t.Run("conditional", func(t *testing.T) {
		d, err := objects.Download(ctx, c, cont, name, objects.DownloadOpts{IfNoneMatch: sum})
		require.NoError(t, err)
		require.True(t, d.NotModified())
		n, _ := io.Copy(io.Discard, d.Body)
		require.Zero(t, n)
		require.NoError(t, d.Close())

		d, err = objects.Download(ctx, c, cont, name, objects.DownloadOpts{IfModifiedSince: time.Now().Add(time.Hour)})
		require.NoError(t, err)
		require.True(t, d.NotModified())
		require.NoError(t, d.Close())

		_, err = objects.Download(ctx, c, cont, name, objects.DownloadOpts{IfMatch: strings.Repeat("0", 32)})
		require.True(t, gophercloud.ResponseCodeIs(err, http.StatusPreconditionFailed), "got %v", err)

		d, err = objects.Download(ctx, c, cont, name, objects.DownloadOpts{IfMatch: sum, IfUnmodifiedSince: time.Now().Add(time.Hour)})
		require.NoError(t, err)
		require.Equal(t, http.StatusOK, d.StatusCode)
		require.NoError(t, d.Close())
	})
	t.Run("if-none-match star", func(t *testing.T) {
		_, err := objects.Create(ctx, c, cont, name, strings.NewReader("x"), objects.CreateOpts{IfNoneMatch: true}).Extract()
		require.True(t, gophercloud.ResponseCodeIs(err, http.StatusPreconditionFailed), "got %v", err)
	})
	t.Run("wrong etag refused by swift", func(t *testing.T) {
		_, err := objects.Create(ctx, c, cont, "bad-etag", strings.NewReader("abc"), objects.CreateOpts{ETag: strings.Repeat("0", 32)}).Extract()
		require.True(t, gophercloud.ResponseCodeIs(err, http.StatusUnprocessableEntity), "got %v", err)
	})
	t.Run("gzip stays as stored", func(t *testing.T) {
		raw := []byte("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xcbH\xcd\xc9\xc9\x07\x00\x86\xa6\x106\x05\x00\x00\x00") // gzip("hello")
		_, err := objects.Create(ctx, c, cont, "hello.gz", bytes.NewReader(raw), objects.CreateOpts{ContentEncoding: "gzip", ContentType: "text/plain"}).Extract()
		require.NoError(t, err)
		d, err := objects.Download(ctx, c, cont, "hello.gz", objects.DownloadOpts{VerifyChecksum: true})
		require.NoError(t, err)
		defer d.Close()
		got, err := io.ReadAll(d.Body)
		require.NoError(t, err)
		require.Equal(t, raw, got)
		require.Equal(t, "gzip", d.Header.ContentEncoding)
	})
	t.Run("expiry", func(t *testing.T) {
		at := time.Now().Add(time.Hour).Truncate(time.Second)
		_, err := objects.Create(ctx, c, cont, "expiring", strings.NewReader("soon"), objects.CreateOpts{DeleteAt: at}).Extract()
		require.NoError(t, err)
		h, err := objects.Get(ctx, c, cont, "expiring", objects.GetOpts{}).Extract()
		require.NoError(t, err)
		require.True(t, at.Equal(h.DeleteAt), "DeleteAt %v, want %v", h.DeleteAt, at)
		_, err = objects.Update(ctx, c, cont, "expiring", objects.UpdateOpts{RemoveDeleteAt: true}).Extract()
		require.NoError(t, err)
		h, err = objects.Get(ctx, c, cont, "expiring", objects.GetOpts{}).Extract()
		require.NoError(t, err)
		require.True(t, h.DeleteAt.IsZero())
	})
}

func TestObjectCopyAndMetadata(t *testing.T) {
	c := client(t)
	ctx := clients.Context(t, time.Minute)
	src := newContainer(t, c, "copy-src", containers.CreateOpts{})
	dst := newContainer(t, c, "copy-dst", containers.CreateOpts{})
	_, err := objects.Create(ctx, c, src, "orig.txt", strings.NewReader("copy me"), objects.CreateOpts{
		ContentType: "text/plain", Metadata: map[string]string{"A": "1", "B": "2"},
	}).Extract()
	require.NoError(t, err)

	h, err := objects.Copy(ctx, c, src, "orig.txt", objects.CopyOpts{
		DestinationContainer: dst, Destination: "dir/copy #1.txt", Metadata: map[string]string{"B": "3", "C": "4"},
	}).Extract()
	require.NoError(t, err)
	require.Equal(t, src+"/orig.txt", h.CopiedFrom)
	sum := md5.Sum([]byte("copy me"))
	require.Equal(t, hex.EncodeToString(sum[:]), h.ETag)

	g, err := objects.Get(ctx, c, dst, "dir/copy #1.txt", objects.GetOpts{}).Extract()
	require.NoError(t, err)
	require.Equal(t, map[string]string{"a": "1", "b": "3", "c": "4"}, g.Metadata)
	require.Equal(t, "text/plain", g.ContentType)
	require.Equal(t, int64(7), g.ContentLength)

	// POST replaces all user metadata.
	_, err = objects.Update(ctx, c, dst, "dir/copy #1.txt", objects.UpdateOpts{Metadata: map[string]string{"Only": "this"}, ContentType: "text/markdown"}).Extract()
	require.NoError(t, err)
	g, err = objects.Get(ctx, c, dst, "dir/copy #1.txt", objects.GetOpts{}).Extract()
	require.NoError(t, err)
	require.Equal(t, map[string]string{"only": "this"}, g.Metadata)
	require.Equal(t, "text/markdown", g.ContentType)

	require.NoError(t, objects.Delete(ctx, c, dst, "dir/copy #1.txt").ExtractErr())
	err = objects.Get(ctx, c, dst, "dir/copy #1.txt", objects.GetOpts{}).Err
	require.True(t, errors.Is(err, gophercloud.ErrNotFound), "got %v", err)
}

// trickyNames must round-trip through every call: slashes are
// pseudo-directories, everything else is escaped.
var trickyNames = []string{
	"a/b/c.txt",
	"with space.txt",
	"question?mark",
	"hash#tag",
	"100% sure",
	"plus+sign",
	"ünïcödé/日本語/файл",
	"amp&equals=semi;colon,comma",
	"a//double/slash",
	"/leading-slash",
	"trailing-slash/",
	"quote'\"",
	"tilde~star*paren()",
	"%2F-not-a-slash",
}

func TestObjectTrickyNames(t *testing.T) {
	c := client(t)
	ctx := clients.Context(t, 2*time.Minute)
	cont := newContainer(t, c, "tricky", containers.CreateOpts{})
	for _, name := range trickyNames {
		_, err := objects.Create(ctx, c, cont, name, strings.NewReader("content of "+name), objects.CreateOpts{}).Extract()
		require.NoError(t, err, name)
	}
	listed, err := objects.List(c, cont, objects.ListOpts{}).Collect(ctx)
	require.NoError(t, err)
	want := slices.Clone(trickyNames)
	slices.Sort(want)
	require.Equal(t, want, entryNames(listed))
	names, err := objects.ListNames(c, cont, objects.ListOpts{Limit: 3}).Collect(ctx)
	require.NoError(t, err)
	require.Equal(t, want, names)

	for _, name := range trickyNames {
		d, err := objects.Download(ctx, c, cont, name, objects.DownloadOpts{VerifyChecksum: true})
		require.NoError(t, err, name)
		got, err := io.ReadAll(d.Body)
		require.NoError(t, err, name)
		require.NoError(t, d.Close())
		require.Equal(t, "content of "+name, string(got))
		_, err = objects.Update(ctx, c, cont, name, objects.UpdateOpts{Metadata: map[string]string{"Name": "ok"}}).Extract()
		require.NoError(t, err, name)
		_, err = objects.Copy(ctx, c, cont, name, objects.CopyOpts{Destination: name + ".copy"}).Extract()
		require.NoError(t, err, name)
	}
	half := len(trickyNames) / 2
	for _, name := range trickyNames[:half] {
		require.NoError(t, objects.Delete(ctx, c, cont, name).ExtractErr(), name)
	}
	var rest []string
	for _, name := range trickyNames[half:] {
		rest = append(rest, name)
	}
	for _, name := range trickyNames {
		rest = append(rest, name+".copy")
	}
	rep, err := objects.BulkDelete(ctx, c, cont, rest)
	require.NoError(t, err)
	require.Equal(t, len(rest), rep.NumberDeleted, "bulk delete escapes names like the URLs do")
	left, err := objects.ListNames(c, cont, objects.ListOpts{}).Collect(ctx)
	require.NoError(t, err)
	require.Empty(t, left)
}

func TestObjectTempURL(t *testing.T) {
	c := client(t)
	ctx := clients.Context(t, time.Minute)
	before, err := accounts.Get(ctx, c, accounts.GetOpts{}).Extract()
	require.NoError(t, err)
	t.Cleanup(func() {
		opts := accounts.UpdateOpts{TempURLKey: before.TempURLKey}
		if before.TempURLKey == "" {
			opts = accounts.UpdateOpts{RemoveTempURLKey: true}
		}
		_, err := accounts.Update(clients.Context(t, time.Minute), c, opts).Extract()
		require.NoError(t, err)
	})
	key := clients.RandomName("key")
	_, err = accounts.Update(ctx, c, accounts.UpdateOpts{TempURLKey: key}).Extract()
	require.NoError(t, err)

	cont := newContainer(t, c, "tempurl", containers.CreateOpts{})
	names := []string{"plain.txt", "dir/with space?#%+ü.txt"}
	for _, n := range names {
		_, err := objects.Create(ctx, c, cont, n, strings.NewReader("secret "+n), objects.CreateOpts{}).Extract()
		require.NoError(t, err)
	}
	get := func(t *testing.T, u string) (int, string) {
		t.Helper()
		require.NotContains(t, u, key)
		resp, err := http.Get(u) // no token
		require.NoError(t, err)
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		require.NoError(t, err)
		return resp.StatusCode, string(b)
	}
	for _, digest := range []string{objects.DigestSHA256, objects.DigestSHA512, objects.DigestSHA1} {
		for _, n := range names {
			t.Run(digest+"/"+n, func(t *testing.T) {
				u, err := objects.CreateTempURL(ctx, c, cont, n, objects.TempURLOpts{TTL: time.Minute, Digest: digest})
				require.NoError(t, err)
				code, body := get(t, u)
				require.Equal(t, http.StatusOK, code, body)
				require.Equal(t, "secret "+n, body)
			})
		}
	}
	t.Run("prefix", func(t *testing.T) {
		u, err := objects.CreateTempURL(ctx, c, cont, names[1], objects.TempURLOpts{TTL: time.Minute, Key: key, Prefix: "dir/"})
		require.NoError(t, err)
		code, body := get(t, u)
		require.Equal(t, http.StatusOK, code, body)
		require.Equal(t, "secret "+names[1], body)
	})
	t.Run("expired", func(t *testing.T) {
		u, err := objects.CreateTempURL(ctx, c, cont, names[0], objects.TempURLOpts{Expires: time.Now().Add(-time.Minute), Key: key})
		require.NoError(t, err)
		code, _ := get(t, u)
		require.Equal(t, http.StatusUnauthorized, code)
	})
	t.Run("wrong key", func(t *testing.T) {
		u, err := objects.CreateTempURL(ctx, c, cont, names[0], objects.TempURLOpts{TTL: time.Minute, Key: "not-the-key"})
		require.NoError(t, err)
		code, _ := get(t, u)
		require.Equal(t, http.StatusUnauthorized, code)
	})
	t.Run("tampered", func(t *testing.T) {
		u, err := objects.CreateTempURL(ctx, c, cont, names[0], objects.TempURLOpts{TTL: time.Minute, Key: key})
		require.NoError(t, err)
		code, _ := get(t, strings.Replace(u, "plain.txt", "plain.txT", 1))
		require.Equal(t, http.StatusUnauthorized, code)
	})
	t.Run("wrong method", func(t *testing.T) {
		u, err := objects.CreateTempURL(ctx, c, cont, names[0], objects.TempURLOpts{TTL: time.Minute, Key: key, Method: http.MethodPut})
		require.NoError(t, err)
		code, _ := get(t, u)
		require.Equal(t, http.StatusUnauthorized, code)
	})
}
