package objects

import (
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/swift"
	"github.com/cloudsdk/gophercloud/pagination"
)

// ErrChecksumMismatch is matched (errors.Is) by the error of an upload or
// verified download whose bytes do not have the MD5 Swift reports: the
// data was corrupted on the way, or changed while it was read.
var ErrChecksumMismatch = gophercloud.ErrChecksumMismatch

// Object is one entry of a JSON object listing. With a Delimiter, an
// entry may instead be a pseudo-directory: then only Subdir is set (see
// IsDir).
type Object struct {
	Name string `json:"name"`
	// Bytes is the size; Hash the MD5 of the content (for an SLO, the
	// MD5 of its segments' ETags).
	Bytes        int64                `json:"bytes"`
	Hash         string               `json:"hash"`
	ContentType  string               `json:"content_type"`
	LastModified gophercloud.JSONTime `json:"last_modified"`
	// SymlinkPath is the target of a symlink object (symlink middleware).
	SymlinkPath string `json:"symlink_path,omitempty"`
	// Subdir is the rolled-up prefix of a delimiter listing ("photos/").
	Subdir string `json:"subdir,omitempty"`
}

// IsDir reports whether the entry is a pseudo-directory of a delimiter
// listing rather than an object.
func (o Object) IsDir() bool { return o.Subdir != "" && o.Name == "" }

// marker is what the next page starts after.
func (o Object) marker() string {
	if o.IsDir() {
		return o.Subdir
	}
	return o.Name
}

// ExtractObjects returns the objects of a page (or of AllPages).
func ExtractObjects(p pagination.Page[Object]) ([]Object, error) { return p.Items, nil }

// CreateHeader is what Swift answers to Create.
type CreateHeader struct {
	// ETag is the MD5 of the stored content (hex).
	ETag         string    `h:"Etag"`
	LastModified time.Time `h:"Last-Modified"`
	Date         time.Time `h:"Date"`
	TransID      string    `h:"X-Trans-Id"`
	// MD5 is the checksum the SDK computed while sending, "" with
	// NoChecksum.
	MD5 string
}

// CreateResult is the result of Create. It is a struct of its own (not a
// gophercloud.HeaderResult) because it carries the MD5 the SDK computed.
type CreateResult struct {
	gophercloud.Result
	md5 string
}

// Extract decodes the response headers. Its error is the call's, which
// includes a checksum mismatch (errors.Is(err, ErrChecksumMismatch)).
func (r CreateResult) Extract() (*CreateHeader, error) {
	h := new(CreateHeader)
	if err := r.ExtractHeader(h); err != nil {
		return nil, err
	}
	h.ETag = strings.Trim(h.ETag, `"`)
	h.MD5 = r.md5
	return h, nil
}

// GetHeader is what Get and Download learn about an object.
type GetHeader struct {
	// ContentLength is the size of the object, or of the part a range
	// download returns.
	ContentLength      int64  `h:"Content-Length"`
	ContentType        string `h:"Content-Type"`
	ContentEncoding    string `h:"Content-Encoding"`
	ContentDisposition string `h:"Content-Disposition"`
	// ContentRange is the part a range download returns ("bytes 0-9/100").
	ContentRange string `h:"Content-Range"`
	// ETag is the MD5 of the content (hex, unquoted); for a large
	// object, the MD5 of its segments' ETags.
	ETag         string    `h:"Etag"`
	LastModified time.Time `h:"Last-Modified"`
	// DeleteAt is when Swift will delete the object, zero if never.
	DeleteAt time.Time
	// Metadata is the user metadata, keys lower-cased.
	Metadata map[string]string `h:"X-Object-Meta-"`
	// ObjectManifest is "<container>/<prefix>" (URL-encoded) of a DLO
	// manifest's segments; StaticLargeObject is true for an SLO.
	ObjectManifest    string `h:"X-Object-Manifest"`
	StaticLargeObject bool   `h:"X-Static-Large-Object"`
	// SymlinkTarget is "<container>/<object>" for a symlink (HEAD of the
	// symlink itself).
	SymlinkTarget string    `h:"X-Symlink-Target"`
	Date          time.Time `h:"Date"`
	TransID       string    `h:"X-Trans-Id"`
}

// decodeObjectHeader fills h from an object response's headers.
func decodeObjectHeader(hdr http.Header, h *GetHeader) error {
	if err := gophercloud.DecodeHeader(hdr, h); err != nil {
		return err
	}
	h.ETag = strings.Trim(h.ETag, `"`)
	if v := hdr.Get("X-Delete-At"); v != "" {
		secs, err := strconv.ParseInt(v, 10, 64)
		if err != nil {
			return fmt.Errorf("%w: header X-Delete-At: %v", gophercloud.ErrMalformedResponse, err)
		}
		h.DeleteAt = time.Unix(secs, 0)
	}
	return nil
}

// GetResult is the result of Get.
type GetResult struct{ gophercloud.Result }

// Extract decodes the object headers.
func (r GetResult) Extract() (*GetHeader, error) {
	if r.Err != nil {
		return nil, r.Err
	}
	h := new(GetHeader)
	if err := decodeObjectHeader(r.Header, h); err != nil {
		return nil, err
	}
	return h, nil
}

// ExtractMetadata returns only the user metadata.
func (r GetResult) ExtractMetadata() (map[string]string, error) {
	h, err := r.Extract()
	if err != nil {
		return nil, err
	}
	return h.Metadata, nil
}

// DownloadResponse is an open download. Read Body to its end (or as far
// as needed) and Close it, whatever happens, to free the connection.
type DownloadResponse struct {
	// Body streams the content; it is empty for 304 Not Modified.
	Body io.ReadCloser
	// Header describes the object (or the range returned).
	Header GetHeader
	// StatusCode is 200, 206 (a range) or 304 (not modified).
	StatusCode int
}

// NotModified reports that a condition (IfNoneMatch, IfModifiedSince)
// held and Swift sent no content.
func (d *DownloadResponse) NotModified() bool { return d.StatusCode == http.StatusNotModified }

// Close closes the body.
func (d *DownloadResponse) Close() error { return d.Body.Close() }

// UpdateHeader is what Swift answers to Update (shared by accounts,
// containers and objects).
type UpdateHeader = swift.UpdateHeader

// UpdateResult is the result of Update; Extract returns the *UpdateHeader.
type UpdateResult = swift.UpdateResult

// CopyHeader is what Swift answers to Copy.
type CopyHeader struct {
	// ETag is the MD5 of the copy.
	ETag         string    `h:"Etag"`
	LastModified time.Time `h:"Last-Modified"`
	// CopiedFrom is the source as "<container>/<object>";
	// CopiedFromLastModified the source's Last-Modified.
	CopiedFrom             string    `h:"X-Copied-From"`
	CopiedFromLastModified time.Time `h:"X-Copied-From-Last-Modified"`
	Date                   time.Time `h:"Date"`
	TransID                string    `h:"X-Trans-Id"`
}

// CopyResult is the result of Copy.
type CopyResult struct{ gophercloud.Result }

// Extract decodes the response headers; its error is the call's.
func (r CopyResult) Extract() (*CopyHeader, error) {
	h := new(CopyHeader)
	if err := r.ExtractHeader(h); err != nil {
		return nil, err
	}
	h.ETag = strings.Trim(h.ETag, `"`)
	if s, err := url.PathUnescape(h.CopiedFrom); err == nil {
		h.CopiedFrom = s
	}
	return h, nil
}

// DeleteResult is the result of Delete; ExtractErr returns its error.
type DeleteResult = gophercloud.ErrResult

// BulkDeleteResponse is the report of BulkDelete: counts of deleted and
// missing names, and the names that failed.
type BulkDeleteResponse = swift.BulkDeleteResponse

// BulkDeleteFailure is one name BulkDelete could not delete.
type BulkDeleteFailure = swift.BulkDeleteFailure

// BulkDeleteError is the error of a BulkDelete that did not delete
// everything; it lists the failures and matches gophercloud's sentinel
// errors by status.
type BulkDeleteError = swift.BulkDeleteError
