package imagedata

import (
	"context"
	"crypto/md5"
	"fmt"
	"hash"
	"io"
	"net/http"
	"strings"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/internal/stream"
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
	return put(ctx, c, fileURL(c, id), r, opts, nil)
}

// Stage streams the data of image id to Glance's staging area (PUT
// /v2/images/{id}/stage), for a later glance-direct import. It reads r
// the way Upload does.
func Stage(ctx context.Context, c *gophercloud.ServiceClient, id string, r io.Reader, opts UploadOpts) StageResult {
	return put(ctx, c, stageURL(c, id), r, opts, nil)
}

// VerifyOpts tunes UploadVerified.
type VerifyOpts struct {
	UploadOpts
	// HashAlgo is the algorithm the cloud's Glance hashes data with (its
	// hashing_algorithm, hashlib names: "sha512", "sha256", …); empty
	// means "sha512", Glance's default. "md5" checks the checksum field,
	// which every Glance records.
	HashAlgo string
}

// Validate checks the options.
func (opts VerifyOpts) Validate() error {
	if err := opts.UploadOpts.Validate(); err != nil {
		return err
	}
	_, err := internal.NewHash(opts.algo())
	return err
}

func (opts VerifyOpts) algo() string {
	if opts.HashAlgo == "" {
		return "sha512"
	}
	return strings.ToLower(opts.HashAlgo)
}

// UploadVerified streams the data of image id from r as Upload does,
// hashing it on the way, then reads the image back (images.Get: a second
// request) and checks that Glance stored what was sent: the size and the
// hash it recorded (os_hash_value, or the MD5 checksum with HashAlgo
// "md5"). A difference is an error matching gophercloud.ErrChecksumMismatch;
// the bad data is then stored, so delete the image (it is returned with
// the error) or upload again to a new one. It returns the image as Glance
// describes it after the upload.
func UploadVerified(ctx context.Context, c *gophercloud.ServiceClient, id string, r io.Reader, opts VerifyOpts) (*images.Image, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	h, _ := internal.NewHash(opts.algo())
	var sent int64
	res := put(ctx, c, fileURL(c, id), r, opts.UploadOpts, func(n int64) { sent = n }, h)
	if res.Err != nil {
		return nil, res.Err
	}
	img, err := images.Get(ctx, c, id).Extract()
	if err != nil {
		return nil, err
	}
	return img, checkStored(img, id, opts.algo(), sent, fmt.Sprintf("%x", h.Sum(nil)))
}

// checkStored compares what Glance recorded for img with what was sent.
func checkStored(img *images.Image, id, algo string, sent int64, sum string) error {
	what := "imagedata: upload " + id
	if img.Size != nil && *img.Size != sent {
		return fmt.Errorf("%w: %s: sent %d bytes, Glance stored %d", gophercloud.ErrChecksumMismatch, what, sent, *img.Size)
	}
	recorded := img.HashValue
	if algo == "md5" {
		recorded = img.Checksum
	} else if img.HashAlgo != "" && !strings.EqualFold(img.HashAlgo, algo) {
		return &gophercloud.ErrInvalidInput{Argument: "VerifyOpts.HashAlgo", Value: algo, Reason: "this Glance hashes with " + img.HashAlgo + "; set HashAlgo to it"}
	}
	if recorded == "" {
		return fmt.Errorf("%w: %s: Glance recorded no %s hash to check against (image status %q)", gophercloud.ErrMalformedResponse, what, algo, img.Status)
	}
	if !strings.EqualFold(recorded, sum) {
		return fmt.Errorf("%w: %s: sent %d bytes with %s %s, Glance recorded %s", gophercloud.ErrChecksumMismatch, what, sent, algo, sum, recorded)
	}
	return nil
}

// put sends r; sent, when set, learns how many bytes the last attempt
// read, and hashes see exactly those bytes (a replay resets them).
func put(ctx context.Context, c *gophercloud.ServiceClient, url string, r io.Reader, opts UploadOpts, sent func(int64), hashes ...hash.Hash) gophercloud.ErrResult {
	if err := opts.Validate(); err != nil {
		return gophercloud.ErrResult{Result: gophercloud.Result{Err: err}}
	}
	if r == nil {
		r = strings.NewReader("")
	}
	size := opts.ContentLength
	if size == 0 {
		size, _ = stream.SizeOf(r) // -1 when unknown: sent chunked
	}
	total := size
	if total <= 0 {
		total = -1
	}
	counter := stream.NewCounter(r, stream.NewProgress(opts.Progress, total), hashes...)
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
	res := gophercloud.ErrResult{Result: c.Put(ctx, url, nil, ro)}
	if sent != nil {
		sent(counter.N())
	}
	return res
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
	progress := stream.NewProgress(opts.Progress, d.ContentLength)
	what := "image " + id
	if !opts.Verify || resp.StatusCode == http.StatusNoContent {
		// No data (a queued image) has nothing to verify.
		if progress != nil {
			d.Body = stream.NewVerifier(resp.Body, progress, what)
		}
		return d, nil
	}
	expect, err := expected(img, resp.Header.Get("Content-MD5"))
	if err != nil {
		_ = resp.Body.Close()
		return nil, fmt.Errorf("imagedata: download %s: %w", id, err)
	}
	d.Body = stream.NewVerifier(resp.Body, progress, what, expect)
	return d, nil
}

// expected is the hash the data of img must have: the multihash when
// Glance recorded one, else the MD5 checksum (from the image, or the
// Content-MD5 header).
func expected(img *images.Image, contentMD5 string) (stream.Expect, error) {
	if img.HashValue != "" {
		h, err := internal.NewHash(img.HashAlgo)
		if err != nil {
			return stream.Expect{}, err
		}
		return stream.Expect{Name: strings.ToLower(img.HashAlgo), Hash: h, Want: img.HashValue, Source: "Glance's os_hash_value"}, nil
	}
	want := img.Checksum
	if want == "" {
		want = contentMD5
	}
	if want == "" {
		return stream.Expect{}, fmt.Errorf("%w: the image has no os_hash_value, checksum or Content-MD5 to verify against", gophercloud.ErrMalformedResponse)
	}
	return stream.Expect{Name: "md5", Hash: md5.New(), Want: want, Source: "Glance's MD5 checksum"}, nil
}
