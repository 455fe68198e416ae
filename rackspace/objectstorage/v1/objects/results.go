package objects

import osobjects "github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/objects"

// Results, the same as OpenStack's.
type (
	// Object is one entry of List.
	Object = osobjects.Object
	// CreateHeader holds what Create answers.
	CreateHeader = osobjects.CreateHeader
	// CreateResult is the result of Create.
	CreateResult = osobjects.CreateResult
	// GetHeader holds what Get reads.
	GetHeader = osobjects.GetHeader
	// GetResult is the result of Get.
	GetResult = osobjects.GetResult
	// DownloadResponse is an open download.
	DownloadResponse = osobjects.DownloadResponse
	// UpdateHeader holds what Update answers.
	UpdateHeader = osobjects.UpdateHeader
	// UpdateResult is the result of Update.
	UpdateResult = osobjects.UpdateResult
	// CopyHeader holds what Copy answers.
	CopyHeader = osobjects.CopyHeader
	// CopyResult is the result of Copy.
	CopyResult = osobjects.CopyResult
	// DeleteResult is the result of Delete.
	DeleteResult = osobjects.DeleteResult
	// BulkDeleteResponse is the report of BulkDelete.
	BulkDeleteResponse = osobjects.BulkDeleteResponse
)
