package containers

import oscontainers "github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/containers"

// Results, the same as OpenStack's.
type (
	// Container is one entry of List.
	Container = oscontainers.Container
	// CreateHeader holds what Create answers.
	CreateHeader = oscontainers.CreateHeader
	// CreateResult is the result of Create.
	CreateResult = oscontainers.CreateResult
	// GetHeader holds what Get reads.
	GetHeader = oscontainers.GetHeader
	// GetResult is the result of Get.
	GetResult = oscontainers.GetResult
	// UpdateHeader holds what Update answers.
	UpdateHeader = oscontainers.UpdateHeader
	// UpdateResult is the result of Update.
	UpdateResult = oscontainers.UpdateResult
	// DeleteResult is the result of Delete.
	DeleteResult = oscontainers.DeleteResult
	// BulkDeleteResponse is the report of BulkDelete.
	BulkDeleteResponse = oscontainers.BulkDeleteResponse
)
