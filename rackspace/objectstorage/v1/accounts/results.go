package accounts

import osaccounts "github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/accounts"

// GetHeader holds what Get reads.
type GetHeader = osaccounts.GetHeader

// GetResult is the result of Get; Extract returns the *GetHeader,
// ExtractMetadata the metadata.
type GetResult = osaccounts.GetResult

// UpdateHeader holds what Update answers.
type UpdateHeader = osaccounts.UpdateHeader

// UpdateResult is the result of Update.
type UpdateResult = osaccounts.UpdateResult
