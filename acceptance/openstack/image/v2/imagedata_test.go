//go:build acceptance

package v2

import (
	"crypto/sha512"
	"encoding/binary"
	"io"
	"math/rand/v2"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/acceptance/clients"
	"github.com/cloudsdk/gophercloud/openstack/image/v2/imagedata"
	"github.com/cloudsdk/gophercloud/openstack/image/v2/images"
)

const streamSize = 64 << 20

// generate writes n deterministic pseudo-random bytes to w.
func generate(w io.Writer, n int64) error {
	rng := rand.New(rand.NewPCG(2026, 12))
	buf := make([]byte, 1<<20)
	for n > 0 {
		for i := 0; i+8 <= len(buf); i += 8 {
			binary.LittleEndian.PutUint64(buf[i:], rng.Uint64())
		}
		k := min(int64(len(buf)), n)
		if _, err := w.Write(buf[:k]); err != nil {
			return err
		}
		n -= k
	}
	return nil
}

// Upload 64 MiB from a pipe (chunked, one shot), wait for active, and
// download it back verified, comparing every byte with the generator.
func TestImageDataStreamRoundTrip(t *testing.T) {
	c := imageClient(t)
	ctx := clients.Context(t, 3*time.Minute)
	img := createImage(t, ctx, c, images.CreateOpts{})

	want := sha512.New()
	if err := generate(want, streamSize); err != nil {
		t.Fatal(err)
	}
	pr, pw := io.Pipe()
	go func() { pw.CloseWithError(generate(pw, streamSize)) }()
	var sent atomic.Int64
	start := time.Now()
	err := imagedata.Upload(ctx, c, img.ID, pr, imagedata.UploadOpts{
		Progress: func(done, _ int64) { sent.Store(done) },
	}).ExtractErr()
	_ = pr.Close()
	if err != nil {
		t.Fatalf("upload: %v", err)
	}
	if sent.Load() != streamSize {
		t.Errorf("progress reported %d bytes sent, want %d", sent.Load(), streamSize)
	}
	t.Logf("uploaded %d MiB in %v", streamSize>>20, time.Since(start))
	if err := images.WaitForStatus(ctx, c, img.ID, "active", gophercloud.WaitOpts{}); err != nil {
		t.Fatalf("wait for active: %v", err)
	}
	got, err := images.Get(ctx, c, img.ID).Extract()
	if err != nil {
		t.Fatal(err)
	}
	if got.Size == nil || *got.Size != streamSize {
		t.Errorf("Glance size %v, want %d", got.Size, streamSize)
	}
	t.Logf("Glance recorded %s %s", got.HashAlgo, got.HashValue)

	start = time.Now()
	d, err := imagedata.Download(ctx, c, img.ID, imagedata.DownloadOpts{Verify: true})
	if err != nil {
		t.Fatalf("download: %v", err)
	}
	defer d.Body.Close()
	h := sha512.New()
	n, err := io.Copy(h, d.Body)
	if err != nil {
		t.Fatalf("download after %d bytes: %v", n, err)
	}
	t.Logf("downloaded %d MiB in %v", n>>20, time.Since(start))
	if n != streamSize {
		t.Fatalf("downloaded %d bytes, want %d", n, streamSize)
	}
	if string(h.Sum(nil)) != string(want.Sum(nil)) {
		t.Fatal("downloaded bytes differ from the generated ones")
	}
}

// UploadVerified hashes what it sends and checks it against what the real
// Glance recorded, with its default SHA-512 and with the MD5 checksum.
func TestImageDataUploadVerified(t *testing.T) {
	c := imageClient(t)
	ctx := clients.Context(t, 2*time.Minute)
	for _, algo := range []string{"", "md5"} {
		img := createImage(t, ctx, c, images.CreateOpts{})
		pr, pw := io.Pipe()
		go func() { pw.CloseWithError(generate(pw, 8<<20)) }()
		got, err := imagedata.UploadVerified(ctx, c, img.ID, pr, imagedata.VerifyOpts{HashAlgo: algo})
		_ = pr.Close()
		if err != nil {
			t.Fatalf("UploadVerified (algo %q): %v", algo, err)
		}
		if got.Status != "active" || got.Size == nil || *got.Size != 8<<20 {
			t.Errorf("after UploadVerified: status %q, size %v", got.Status, got.Size)
		}
	}
}
