package imagedata

import (
	"io"

	"github.com/cloudsdk/gophercloud"
)

// UploadResult is the result of Upload; call ExtractErr.
type UploadResult = gophercloud.ErrResult

// StageResult is the result of Stage; call ExtractErr.
type StageResult = gophercloud.ErrResult

// ImageData is an image's data being streamed by Download.
type ImageData struct {
	// Body streams the data; the caller must close it. With
	// DownloadOpts.Verify, the Read that reaches the end returns an error
	// matching gophercloud.ErrChecksumMismatch instead of io.EOF when the
	// bytes differ from the hash Glance recorded.
	Body io.ReadCloser
	// ContentLength is the size Glance announced, -1 when unknown.
	ContentLength int64
	// ContentType is the media type Glance sent (application/octet-stream).
	ContentType string
}
