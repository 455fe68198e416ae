package tags

import "github.com/cloudsdk/gophercloud"

// ListResult is the result of List and ReplaceAll; Extract returns the
// tags.
type ListResult = gophercloud.ValueResult[[]string]

// CheckResult is the result of Check; Extract reports whether the
// resource has the tag.
type CheckResult = gophercloud.ExistsResult

// ErrResult is the result of Add, Delete and DeleteAll.
type ErrResult = gophercloud.ErrResult
