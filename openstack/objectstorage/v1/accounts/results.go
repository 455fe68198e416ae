package accounts

import (
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/swift"
)

// GetHeader is what Get learns about the account, from its headers.
type GetHeader struct {
	// ContainerCount, ObjectCount and BytesUsed are the account's totals.
	// Swift updates them asynchronously: they lag writes by seconds.
	ContainerCount int64 `h:"X-Account-Container-Count"`
	ObjectCount    int64 `h:"X-Account-Object-Count"`
	BytesUsed      int64 `h:"X-Account-Bytes-Used"`
	// QuotaBytes is the account quota set by a reseller admin, nil if none.
	QuotaBytes *int64 `h:"X-Account-Meta-Quota-Bytes"`
	// TempURLKey and TempURLKey2 are the temp URL keys (account owners only).
	TempURLKey  string `h:"X-Account-Meta-Temp-Url-Key"`
	TempURLKey2 string `h:"X-Account-Meta-Temp-Url-Key-2"`
	// Metadata holds the user metadata, keys lower-cased. The quota and
	// the temp URL keys have their own fields and are not repeated here.
	Metadata map[string]string `h:"X-Account-Meta-"`
	// Date is the server's time; TransID identifies the request in
	// Swift's logs.
	Date    time.Time `h:"Date"`
	TransID string    `h:"X-Trans-Id"`
}

// GetResult is the result of Get.
type GetResult struct{ gophercloud.Result }

// Extract decodes the account headers.
func (r GetResult) Extract() (*GetHeader, error) {
	h := new(GetHeader)
	if err := r.ExtractHeader(h); err != nil {
		return nil, err
	}
	for _, k := range []string{"quota-bytes", "temp-url-key", "temp-url-key-2"} {
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
