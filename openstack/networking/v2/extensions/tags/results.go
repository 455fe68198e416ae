package tags

import "github.com/cloudsdk/gophercloud"

// ListResult is the result of List and ReplaceAll; Extract returns the
// tags.
type ListResult = gophercloud.ValueResult[[]string]

// ErrResult is the result of Add, Check, Delete and DeleteAll.
type ErrResult = gophercloud.ErrResult
