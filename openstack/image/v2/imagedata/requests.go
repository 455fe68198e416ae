package imagedata

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/image/v2/images"
	"github.com/cloudsdk/gophercloud/openstack/image/v2/internal"
)

// UploadOpts tunes Upload and Stage. The zero value sends the reader as
// is, with no progress reports.
type UploadOpts struct {
	// ContentLength is the number of bytes r will give; 0 means unknown
	// (the size of a *bytes.Reader, *strings.Reader or regular *os.File
	// is then found, and anything else is sent chunked).
	ContentLength int64
	// Progress, when set, is called as bytes are sent with the count so
	// far and the total (-1 when unknown). A replay starts it over.
	Progress func(done, total int64)
}

// Validate checks the options.
func (opts UploadOpts) Validate() error {
	if opts.ContentLength < 0 {
		return &gophercloud.ErrInvalidInput{Argument: "ContentLength", Value: opts.ContentLength, Reason: "must not be negative"}
	}
	return nil
}

// Upload streams the data of image id from r (PUT /v2/images/{id}/file).
// The image must be queued; Glance makes it active once the data is
// stored. r is read once, unless the request has to be sent again and r
// is an io.Seeker: it is then rewound to where it stood at the call.
func Upload(ctx context.Context, c *gophercloud.ServiceClient, id string, r io.Reader, opts UploadOpts) UploadResult {
	return put(ctx, c, fileURL(c, id), r, opts)
}

// Stage streams the data of image id to Glance's staging area (PUT
// /v2/images/{id}/stage), for a later glance-direct import. It reads r
// the way Upload does.
func Stage(ctx context.Context, c *gophercloud.ServiceClient, id string, r io.Reader, opts UploadOpts) StageResult {
	return put(ctx, c, stageURL(c, id), r, opts)
}

func put(ctx context.Context, c *gophercloud.ServiceClient, url string, r io.Reader, opts UploadOpts) gophercloud.ErrResult {
	if err := opts.Validate(); err != nil {
		return gophercloud.ErrResult{Result: gophercloud.Result{Err: err}}
	}
	if r == nil {
		r = strings.NewReader("")
	}
	size := opts.ContentLength
	if size == 0 {
		size = sizeOf(r)
	}
	total := size
	if total <= 0 {
		total = -1
	}
	counter := internal.NewCounter(r, internal.NewProgress(opts.Progress, total))
	ro := &gophercloud.RequestOpts{
		RawBody:     counter,
		MoreHeaders: map[string]string{"Content-Type": "application/octet-stream"},
		OkCodes:     []int{http.StatusNoContent},
	}
	if size > 0 {
		ro.ContentLength = size
	}
	if s, ok := r.(io.Seeker); ok {
		if start, err := s.Seek(0, io.SeekCurrent); err == nil {
			// The core fences the previous attempt before asking for a
			// new body, so nothing reads r while it is rewound.
			ro.GetBody = func() (io.Reader, error) {
				if _, err := s.Seek(start, io.SeekStart); err != nil {
					return nil, err
				}
				counter.Reset()
				return counter, nil
			}
		}
	}
	return gophercloud.ErrResult{Result: c.Put(ctx, url, nil, ro)}
}

// sizeOf is the number of bytes left in r when r can tell cheaply (a
// Len method, or a working Seek), else 0 (unknown).
func sizeOf(r io.Reader) int64 {
	if l, ok := r.(interface{ Len() int }); ok {
		return int64(l.Len())
	}
	s, ok := r.(io.Seeker)
	if !ok {
		return 0
	}
	cur, err := s.Seek(0, io.SeekCurrent)
	if err != nil {
		return 0
	}
	end, err := s.Seek(0, io.SeekEnd)
	if _, err2 := s.Seek(cur, io.SeekStart); err != nil || err2 != nil {
		return 0
	}
	return end - cur
}

// DownloadOpts tunes Download. The zero value streams the data unchecked.
type DownloadOpts struct {
	// Verify hashes the data while it streams and makes the Read that
	// reaches the end fail with gophercloud.ErrChecksumMismatch when it
	// differs from the image's os_hash_value (algorithm os_hash_algo,
	// fetched with images.Get), or from its MD5 checksum (the Content-MD5
	// header) when Glance recorded no multihash.
	Verify bool
	// Progress, when set, is called as bytes arrive with the count so far
	// and the total (-1 when unknown).
	Progress func(done, total int64)
}

// Download streams the data of image id (GET /v2/images/{id}/file). The
// body is read as it arrives, never buffered; the caller must close
// ImageData.Body. An image without data (204) gives an empty body,
// unverified.
func Download(ctx context.Context, c *gophercloud.ServiceClient, id string, opts DownloadOpts) (*ImageData, error) {
	var img *images.Image
	if opts.Verify {
		var err error
		if img, err = images.Get(ctx, c, id).Extract(); err != nil {
			return nil, err
		}
	}
	resp, err := c.Request(ctx, http.MethodGet, fileURL(c, id), &gophercloud.RequestOpts{
		KeepResponseBody: true,
		OkCodes:          []int{http.StatusOK, http.StatusNoContent},
	})
	if err != nil {
		return nil, err
	}
	d := &ImageData{Body: resp.Body, ContentLength: resp.ContentLength, ContentType: resp.Header.Get("Content-Type")}
	progress := internal.NewProgress(opts.Progress, d.ContentLength)
	what := "image " + id
	if !opts.Verify || resp.StatusCode == http.StatusNoContent {
		// No data (a queued image) has nothing to verify.
		if progress != nil {
			d.Body = internal.NewVerifier(resp.Body, progress, what)
		}
		return d, nil
	}
	expect, err := expected(img, resp.Header.Get("Content-MD5"))
	if err != nil {
		_ = resp.Body.Close()
		return nil, fmt.Errorf("imagedata: download %s: %w", id, err)
	}
	d.Body = internal.NewVerifier(resp.Body, progress, what, expect)
	return d, nil
}

// expected is the hash the data of img must have: the multihash when
// Glance recorded one, else the MD5 checksum (from the image, or the
// Content-MD5 header).
func expected(img *images.Image, contentMD5 string) (internal.Expect, error) {
	if img.HashValue != "" {
		h, err := internal.NewHash(img.HashAlgo)
		if err != nil {
			return internal.Expect{}, err
		}
		return internal.Expect{Name: strings.ToLower(img.HashAlgo), Hash: h, Want: img.HashValue}, nil
	}
	want := img.Checksum
	if want == "" {
		want = contentMD5
	}
	if want == "" {
		return internal.Expect{}, fmt.Errorf("%w: the image has no os_hash_value, checksum or Content-MD5 to verify against", gophercloud.ErrMalformedResponse)
	}
	h, _ := internal.NewHash("md5")
	return internal.Expect{Name: "md5", Hash: h, Want: want}, nil
}
