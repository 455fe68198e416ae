package objects

import (
	"context"
	"crypto/md5"
	"io"
	"math"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/internal/stream"
	"github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/internal"
	"github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/swift"
	"github.com/cloudsdk/gophercloud/pagination"
)

// ListOpts filters and pages an object listing; the zero value lists
// everything. Swift takes the same options for accounts and containers.
type ListOpts = swift.ListOpts

func listArgs(c *gophercloud.ServiceClient, container string, opts ListOpts) (string, url.Values, error) {
	u, err := containerURL(c, container)
	if err != nil {
		return "", nil, err
	}
	q, err := internal.ListQuery(opts)
	return u, q, err
}

// List returns a Pager over a container's objects with their sizes,
// hashes and content types (the JSON listing). It does no I/O until
// walked; the pager follows markers through any number of objects.
// https://docs.openstack.org/api-ref/object-store/#show-container-details-and-list-objects
func List(c *gophercloud.ServiceClient, container string, opts ListOpts) pagination.Pager[Object] {
	u, q, err := listArgs(c, container, opts)
	if err != nil {
		return pagination.Fail[Object](err)
	}
	return internal.ListPager(c, u, q, Object.marker)
}

// ListNames returns a Pager over the object names only (the plain-text
// listing: the cheapest one). A name holding a line break cannot be told
// apart in this format; use List for such names.
func ListNames(c *gophercloud.ServiceClient, container string, opts ListOpts) pagination.Pager[string] {
	u, q, err := listArgs(c, container, opts)
	if err != nil {
		return pagination.Fail[string](err)
	}
	return internal.NamesPager(c, u, q)
}

// CreateOpts are the settings of an upload. The zero value uploads with
// Swift's defaults and checks the MD5.
type CreateOpts struct {
	// ContentType is the object's media type. Empty lets Swift guess it
	// from the name's extension.
	ContentType string `h:"Content-Type"`
	// DetectContentType makes Swift guess the type from the name even
	// when ContentType is set.
	DetectContentType bool `h:"X-Detect-Content-Type"`
	// ContentDisposition and ContentEncoding are stored and returned on
	// download as they are ("attachment; filename=x.pdf", "gzip").
	ContentDisposition string `h:"Content-Disposition"`
	ContentEncoding    string `h:"Content-Encoding"`
	// Metadata sets user metadata (X-Object-Meta-<key>).
	Metadata map[string]string `h:"X-Object-Meta-"`
	// DeleteAfter makes Swift delete the object this long after the
	// upload (whole seconds, rounded up); DeleteAt at this time. At most
	// one may be set.
	DeleteAfter time.Duration
	DeleteAt    time.Time
	// IfNoneMatch refuses to overwrite an existing object (If-None-Match: *):
	// the upload then fails with 412 Precondition Failed.
	IfNoneMatch bool
	// ETag is the content's MD5 (hex) when the caller knows it in
	// advance: Swift then verifies the bytes it received and refuses a
	// mismatch with 422 before storing anything.
	ETag string `h:"ETag"`
	// ObjectManifest makes the object a dynamic large object (DLO)
	// manifest: "<container>/<prefix>" of its segments, unescaped (the
	// SDK escapes it). largeobjects.Upload sets it for you.
	ObjectManifest string
	// ContentLength is the size of the content when the reader cannot
	// tell. Without it (and for readers other than *bytes.Reader,
	// *strings.Reader, *bytes.Buffer and regular *os.File) the upload is
	// sent chunked, which Swift accepts too. A reader yielding a different
	// number of bytes fails the upload.
	ContentLength int64
	// NoChecksum skips the MD5 the SDK computes while streaming and
	// compares with the ETag Swift answers. Leave it off unless the CPU
	// cost matters more than detecting corruption.
	NoChecksum bool
	// Progress, when set, is called as bytes are sent with the bytes
	// done so far and the total (-1 when unknown).
	Progress func(done, total int64)
}

// ToObjectCreateHeaders builds the request headers of Create.
func (opts CreateOpts) ToObjectCreateHeaders() (map[string]string, error) {
	h, err := gophercloud.BuildHeaders(opts)
	if err != nil {
		return nil, err
	}
	expiryHeaders(h, opts.DeleteAfter, opts.DeleteAt)
	if opts.IfNoneMatch {
		h["If-None-Match"] = "*"
	}
	if opts.ObjectManifest != "" {
		cont, prefix, _ := strings.Cut(opts.ObjectManifest, "/")
		h["X-Object-Manifest"] = internal.EscapePath(cont) + "/" + internal.EscapePath(prefix)
	}
	return h, nil
}

// Validate refuses a negative ContentLength, two expiries and a manifest
// without a valid container; BuildHeaders calls it.
func (opts CreateOpts) Validate() error {
	if err := checkExpiry("objects.CreateOpts", opts.DeleteAfter, opts.DeleteAt); err != nil {
		return err
	}
	if opts.ObjectManifest != "" {
		cont, _, _ := strings.Cut(opts.ObjectManifest, "/")
		if err := internal.CheckContainer("objects.CreateOpts.ObjectManifest", cont); err != nil {
			return err
		}
	}
	if opts.ContentLength < 0 {
		return &gophercloud.ErrInvalidInput{Argument: "objects.CreateOpts.ContentLength", Value: opts.ContentLength, Reason: "must not be negative"}
	}
	return nil
}

// checkExpiry refuses both DeleteAfter and DeleteAt, or a negative
// DeleteAfter, of the options typ.
func checkExpiry(typ string, after time.Duration, at time.Time) error {
	switch {
	case after != 0 && !at.IsZero():
		return &gophercloud.ErrInvalidInput{Argument: typ + ".DeleteAt", Value: at, Reason: "cannot be set together with DeleteAfter"}
	case after < 0:
		return &gophercloud.ErrInvalidInput{Argument: typ + ".DeleteAfter", Value: after, Reason: "must be positive"}
	}
	return nil
}

// expiryHeaders adds X-Delete-After or X-Delete-At (checked by checkExpiry).
func expiryHeaders(h map[string]string, after time.Duration, at time.Time) {
	switch {
	case after > 0:
		h["X-Delete-After"] = strconv.FormatInt(int64(math.Ceil(after.Seconds())), 10)
	case !at.IsZero():
		h["X-Delete-At"] = strconv.FormatInt(at.Unix(), 10)
	}
}

// Create uploads content as the object container/name, streaming it:
// nothing is buffered. The size is sent as Content-Length when known
// (CreateOpts.ContentLength, or the size of a *bytes.Reader,
// *strings.Reader, *bytes.Buffer or regular *os.File), otherwise the body
// is chunked. A nil content uploads an empty object.
//
// Unless opts.NoChecksum is set, the MD5 of the bytes is computed while
// they are sent and compared with the ETag Swift answers. On a mismatch
// the result's error matches ErrChecksumMismatch. The object Swift stored
// is NOT deleted then (the SDK cannot know whether the caller would rather
// keep it, retry or inspect it): delete or re-upload it.
//
// A request that must be repeated (re-authentication after a 401, a
// retried 503) is sent again in full when content is an io.Seeker: it is
// rewound to where it was when Create was called, and the MD5 and the
// progress start over. A content that cannot be rewound (a pipe, a
// network stream) is sent once: after a 401 the token is renewed and the
// error matches gophercloud.ErrBodyNotReplayable, so the caller can upload
// again from its source; nothing truncated is ever stored.
// https://docs.openstack.org/api-ref/object-store/#create-or-replace-object
func Create(ctx context.Context, c *gophercloud.ServiceClient, container, name string, content io.Reader, opts CreateOpts) (r CreateResult) {
	u, err := objectURL(c, container, name)
	if err != nil {
		r.Err = err
		return
	}
	h, err := opts.ToObjectCreateHeaders()
	if err != nil {
		r.Err = err
		return
	}
	up := newUpload(content, opts.ContentLength, !opts.NoChecksum, opts.Progress)
	r.Result = c.Do(ctx, http.MethodPut, u, up.requestOpts(h))
	r.md5, r.Err = up.verify(r.Result, container, name)
	return
}

// DownloadOpts are the conditions and range of a download. The zero value
// downloads the whole object.
type DownloadOpts struct {
	// Range asks for part of the object, as an HTTP byte range:
	// "bytes=0-1023", "bytes=1024-", "bytes=-100" (the last 100 bytes).
	// Swift then answers 206 with Content-Range.
	Range string `h:"Range"`
	// IfMatch and IfNoneMatch are ETags (or "*"): the download happens
	// only if the object matches (else 412), or only if it does not (else
	// 304, see DownloadResponse.NotModified).
	IfMatch     string `h:"If-Match"`
	IfNoneMatch string `h:"If-None-Match"`
	// IfModifiedSince (304 when not modified) and IfUnmodifiedSince (412
	// when modified) compare with the object's Last-Modified.
	IfModifiedSince   time.Time `h:"If-Modified-Since"`
	IfUnmodifiedSince time.Time `h:"If-Unmodified-Since"`
	// Newest asks Swift for the newest replica (slower).
	Newest bool `h:"X-Newest"`
	// MultipartManifest "get" returns an SLO's manifest (JSON) instead of
	// its content.
	MultipartManifest string `q:"multipart-manifest"`
	// VerifyChecksum computes the MD5 of the body while it is read and
	// makes the Read that reaches its end fail with ErrChecksumMismatch
	// when it differs from the ETag. It is skipped for partial content
	// and for large objects, whose ETag is not the MD5 of their bytes.
	VerifyChecksum bool
	// Progress, when set, is called as bytes are read with the bytes
	// done and the total (the Content-Length, -1 when unknown).
	Progress func(done, total int64)
}

// Download streams the object: it returns (*DownloadResponse, error), not
// a result, because the Body streams the bytes from Swift as the caller
// reads it; the caller must Close it. A large object
// (SLO or DLO) is downloaded the same way: Swift concatenates its segments.
// A failed condition of opts gives 304 Not Modified, which is not an error
// (NotModified reports it, Body is empty), or 412 Precondition Failed,
// which is.
// https://docs.openstack.org/api-ref/object-store/#get-object-content-and-metadata
func Download(ctx context.Context, c *gophercloud.ServiceClient, container, name string, opts DownloadOpts) (*DownloadResponse, error) {
	u, err := objectURL(c, container, name)
	if err != nil {
		return nil, err
	}
	h, err := gophercloud.BuildHeaders(opts)
	if err != nil {
		return nil, err
	}
	q, err := gophercloud.BuildQueryString(opts)
	if err != nil {
		return nil, err
	}
	if q.RawQuery != "" {
		u += "?" + q.RawQuery
	}
	// Bytes as stored: an explicit Accept-Encoding stops net/http from
	// asking for gzip and transparently inflating an object stored with
	// Content-Encoding: gzip, which would break sizes and checksums.
	h["Accept-Encoding"] = "identity"
	resp, err := c.Request(ctx, http.MethodGet, u, &gophercloud.RequestOpts{
		MoreHeaders:      h,
		KeepResponseBody: true,
		OkCodes:          []int{http.StatusOK, http.StatusPartialContent, http.StatusNotModified},
	})
	if err != nil {
		return nil, err
	}
	d := &DownloadResponse{StatusCode: resp.StatusCode, Body: resp.Body}
	if err := decodeObjectHeader(resp.Header, &d.Header); err != nil {
		_ = resp.Body.Close()
		return nil, err
	}
	if resp.StatusCode == http.StatusNotModified {
		_ = resp.Body.Close()
		d.Body = http.NoBody
		return d, nil
	}
	progress := stream.NewProgress(opts.Progress, resp.ContentLength)
	if opts.VerifyChecksum && resp.StatusCode == http.StatusOK && !d.Header.StaticLargeObject && d.Header.ObjectManifest == "" && d.Header.ETag != "" {
		d.Body = stream.NewVerifier(resp.Body, progress, "GET "+container+"/"+name,
			stream.Expect{Name: "MD5", Hash: md5.New(), Want: strings.Trim(d.Header.ETag, `"`), Source: "the ETag"})
	} else if progress != nil {
		d.Body = readCloser{Reader: stream.NewCounter(resp.Body, progress), Closer: resp.Body}
	}
	return d, nil
}

type readCloser struct {
	io.Reader
	io.Closer
}

// GetOpts tunes Get. The zero value is the usual request.
type GetOpts struct {
	// Newest asks Swift for the newest replica (slower).
	Newest bool `h:"X-Newest"`
	// MultipartManifest "get" describes an SLO's manifest object itself.
	MultipartManifest string `q:"multipart-manifest"`
}

// Get reads an object's metadata without its content (HEAD).
// https://docs.openstack.org/api-ref/object-store/#show-object-metadata
func Get(ctx context.Context, c *gophercloud.ServiceClient, container, name string, opts GetOpts) (r GetResult) {
	u, err := objectURL(c, container, name)
	if err != nil {
		r.Err = err
		return
	}
	h, err := gophercloud.BuildHeaders(opts)
	if err != nil {
		r.Err = err
		return
	}
	q, err := gophercloud.BuildQueryString(opts)
	if err != nil {
		r.Err = err
		return
	}
	if q.RawQuery != "" {
		u += "?" + q.RawQuery
	}
	r.Result = c.Head(ctx, u, &gophercloud.RequestOpts{MoreHeaders: h, OkCodes: []int{http.StatusOK}})
	return
}

// UpdateOpts is the complete new metadata of an object. Swift's POST
// REPLACES all user metadata: items not in Metadata are removed. To change
// one item, Get the metadata, change the map and Update with all of it.
type UpdateOpts struct {
	// Metadata is the object's new user metadata, all of it.
	Metadata map[string]string `h:"X-Object-Meta-"`
	// ContentType, ContentDisposition and ContentEncoding replace the
	// stored values when set; DetectContentType guesses the type anew.
	ContentType        string `h:"Content-Type"`
	ContentDisposition string `h:"Content-Disposition"`
	ContentEncoding    string `h:"Content-Encoding"`
	DetectContentType  bool   `h:"X-Detect-Content-Type"`
	// DeleteAfter or DeleteAt schedule the object's deletion;
	// RemoveDeleteAt cancels a scheduled one.
	DeleteAfter    time.Duration
	DeleteAt       time.Time
	RemoveDeleteAt bool `h:"X-Remove-Delete-At"`
}

// ToObjectUpdateHeaders builds the request headers of Update.
func (opts UpdateOpts) ToObjectUpdateHeaders() (map[string]string, error) {
	h, err := gophercloud.BuildHeaders(opts)
	if err != nil {
		return nil, err
	}
	expiryHeaders(h, opts.DeleteAfter, opts.DeleteAt)
	return h, nil
}

// Validate refuses two expiries, or one together with RemoveDeleteAt;
// BuildHeaders calls it.
func (opts UpdateOpts) Validate() error {
	if err := checkExpiry("objects.UpdateOpts", opts.DeleteAfter, opts.DeleteAt); err != nil {
		return err
	}
	if opts.RemoveDeleteAt && (opts.DeleteAfter != 0 || !opts.DeleteAt.IsZero()) {
		return &gophercloud.ErrInvalidInput{Argument: "objects.UpdateOpts.RemoveDeleteAt", Value: true, Reason: "cannot be set together with DeleteAfter or DeleteAt"}
	}
	return nil
}

// Update replaces an object's metadata (POST; see UpdateOpts: all user
// metadata is replaced). The content is not touched.
// https://docs.openstack.org/api-ref/object-store/#create-or-update-object-metadata
func Update(ctx context.Context, c *gophercloud.ServiceClient, container, name string, opts UpdateOpts) (r UpdateResult) {
	u, err := objectURL(c, container, name)
	if err != nil {
		r.Err = err
		return
	}
	h, err := opts.ToObjectUpdateHeaders()
	if err != nil {
		r.Err = err
		return
	}
	r.Result = c.Do(ctx, http.MethodPost, u, &gophercloud.RequestOpts{MoreHeaders: h, OkCodes: []int{http.StatusAccepted}})
	return
}

// CopyOpts names the copy and its metadata.
type CopyOpts struct {
	// DestinationContainer is the container of the copy; empty means the
	// source's container.
	DestinationContainer string
	// Destination is the name of the copy. Required.
	Destination string `required:"true"`
	// Metadata items are added to (and override) the copied metadata;
	// with FreshMetadata the source's metadata is not copied at all.
	Metadata      map[string]string `h:"X-Object-Meta-"`
	FreshMetadata bool              `h:"X-Fresh-Metadata"`
	// ContentType replaces the copied content type.
	ContentType string `h:"Content-Type"`
}

// Copy copies an object inside the account, server-side: no bytes pass
// through the client. It sends a PUT of the destination with X-Copy-From
// (not the COPY method), because PUT is standard HTTP that every proxy and
// load balancer passes, and is idempotent, so the ProviderClient may retry
// it. Copying an SLO manifest copies the whole content into one object
// (limited to Swift's max object size, 5 GiB by default).
// https://docs.openstack.org/api-ref/object-store/#create-or-replace-object
func Copy(ctx context.Context, c *gophercloud.ServiceClient, container, name string, opts CopyOpts) (r CopyResult) {
	if err := internal.CheckContainer("container", container); err != nil {
		r.Err = err
		return
	}
	if err := internal.CheckObject("object name", name); err != nil {
		r.Err = err
		return
	}
	h, err := gophercloud.BuildHeaders(opts)
	if err != nil {
		r.Err = err
		return
	}
	dc := opts.DestinationContainer
	if dc == "" {
		dc = container
	}
	u, err := objectURL(c, dc, opts.Destination)
	if err != nil {
		r.Err = err
		return
	}
	h["X-Copy-From"] = "/" + internal.EscapePath(container) + "/" + internal.EscapePath(name)
	r.Result = c.Do(ctx, http.MethodPut, u, &gophercloud.RequestOpts{MoreHeaders: h, OkCodes: []int{http.StatusCreated}})
	return
}

// Delete deletes one object. Deleting an SLO or DLO manifest this way
// leaves its segments; largeobjects.Delete removes both.
// https://docs.openstack.org/api-ref/object-store/#delete-object
func Delete(ctx context.Context, c *gophercloud.ServiceClient, container, name string) (r DeleteResult) {
	u, err := objectURL(c, container, name)
	if err != nil {
		r.Err = err
		return
	}
	r.Result = c.Delete(ctx, u, &gophercloud.RequestOpts{OkCodes: []int{http.StatusNoContent}})
	return
}

// BulkDelete deletes many objects of one container, sending one
// bulk-delete request per batch of names, so it returns (report, error)
// rather than a result. No batch exceeds the cluster's
// max_deletes_per_request (read from /info, else Swift's default 10,000).
// Names that do not exist count as NumberNotFound, not as errors. The
// response is returned even with an error, which is a *BulkDeleteError when
// some objects were not deleted.
// https://docs.openstack.org/swift/latest/middleware.html#bulk-delete
func BulkDelete(ctx context.Context, c *gophercloud.ServiceClient, container string, names []string) (*BulkDeleteResponse, error) {
	if err := internal.CheckContainer("container", container); err != nil {
		return nil, err
	}
	paths := make([]string, len(names))
	for i, n := range names {
		if err := internal.CheckObject("objects.BulkDelete names", n); err != nil {
			return nil, err
		}
		paths[i] = container + "/" + n
	}
	return internal.BulkDelete(ctx, c, paths)
}
