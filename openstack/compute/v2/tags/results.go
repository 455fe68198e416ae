package tags

import (
	"github.com/cloudsdk/gophercloud"
)

// ListResult is the result of List and ReplaceAll; Extract returns the
// tags.
type ListResult = gophercloud.ValueResult[[]string]

// DeleteResult is the result of DeleteAll and Delete.
type DeleteResult = gophercloud.ErrResult

// CheckResult is the result of Check; Extract is true when the server has
// the tag (204), false when Nova answered 404.
type CheckResult = gophercloud.ExistsResult

// AddResult is the result of Add.
type AddResult = gophercloud.ErrResult
