package containers

import (
	"net/http"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/swift"
	"github.com/cloudsdk/gophercloud/pagination"
)

// Container is one entry of a JSON container listing. With a Delimiter,
// an entry may instead be a pseudo-directory: only Subdir is set then.
type Container struct {
	Name         string               `json:"name"`
	Count        int64                `json:"count"`
	Bytes        int64                `json:"bytes"`
	LastModified gophercloud.JSONTime `json:"last_modified"`
	// Subdir is the rolled-up prefix of a delimiter listing.
	Subdir string `json:"subdir"`
}

// marker is what the next page starts after.
func (c Container) marker() string {
	if c.Name == "" {
		return c.Subdir
	}
	return c.Name
}

// ExtractContainers returns the containers of a page (or of AllPages).
func ExtractContainers(p pagination.Page[Container]) ([]Container, error) { return p.Items, nil }

// CreateHeader is what Swift answers to Create.
type CreateHeader struct {
	// Created is true when the container is new (201), false when it
	// existed and only its settings were updated (202).
	Created bool
	Date    time.Time `h:"Date"`
	TransID string    `h:"X-Trans-Id"`
}

// CreateResult is the result of Create.
type CreateResult struct{ gophercloud.Result }

// Extract decodes the response headers; its error is the call's.
func (r CreateResult) Extract() (*CreateHeader, error) {
	h := new(CreateHeader)
	if err := r.ExtractHeader(h); err != nil {
		return nil, err
	}
	h.Created = r.StatusCode == http.StatusCreated
	return h, nil
}

// GetHeader is what Get learns about a container.
type GetHeader struct {
	ObjectCount int64 `h:"X-Container-Object-Count"`
	BytesUsed   int64 `h:"X-Container-Bytes-Used"`
	// Read and Write are the ACLs (owners only).
	Read  string `h:"X-Container-Read"`
	Write string `h:"X-Container-Write"`
	// Metadata is the user metadata, keys lower-cased; quotas and temp
	// URL keys have their own fields.
	Metadata         map[string]string `h:"X-Container-Meta-"`
	StoragePolicy    string            `h:"X-Storage-Policy"`
	VersionsEnabled  bool              `h:"X-Versions-Enabled"`
	VersionsLocation string            `h:"X-Versions-Location"`
	HistoryLocation  string            `h:"X-History-Location"`
	TempURLKey       string            `h:"X-Container-Meta-Temp-Url-Key"`
	TempURLKey2      string            `h:"X-Container-Meta-Temp-Url-Key-2"`
	QuotaBytes       *int64            `h:"X-Container-Meta-Quota-Bytes"`
	QuotaCount       *int64            `h:"X-Container-Meta-Quota-Count"`
	SyncTo           string            `h:"X-Container-Sync-To"`
	SyncKey          string            `h:"X-Container-Sync-Key"`
	LastModified     time.Time         `h:"Last-Modified"`
	Date             time.Time         `h:"Date"`
	TransID          string            `h:"X-Trans-Id"`
}

// GetResult is the result of Get.
type GetResult struct{ gophercloud.Result }

// Extract decodes the container headers.
func (r GetResult) Extract() (*GetHeader, error) {
	h := new(GetHeader)
	if err := r.ExtractHeader(h); err != nil {
		return nil, err
	}
	for _, k := range []string{"quota-bytes", "quota-count", "temp-url-key", "temp-url-key-2"} {
		delete(h.Metadata, k)
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

// UpdateHeader is what Swift answers to Update (shared by accounts,
// containers and objects).
type UpdateHeader = swift.UpdateHeader

// UpdateResult is the result of Update; Extract returns the *UpdateHeader.
type UpdateResult = swift.UpdateResult

// DeleteResult is the result of Delete; ExtractErr returns its error.
type DeleteResult = gophercloud.ErrResult

// BulkDeleteResponse is the report of BulkDelete, shared with
// objects.BulkDelete.
type BulkDeleteResponse = swift.BulkDeleteResponse

// BulkDeleteFailure is one name BulkDelete could not delete.
type BulkDeleteFailure = swift.BulkDeleteFailure

// BulkDeleteError is the error of a BulkDelete that did not delete
// everything; it lists the failures and matches gophercloud's sentinel
// errors by status.
type BulkDeleteError = swift.BulkDeleteError
