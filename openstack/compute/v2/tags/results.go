package tags

import (
	"net/http"

	"github.com/cloudsdk/gophercloud"
)

// ListResult is the result of List and ReplaceAll; Extract returns the
// tags.
type ListResult = gophercloud.ValueResult[[]string]

// DeleteResult is the result of DeleteAll and Delete.
type DeleteResult = gophercloud.ErrResult

// CheckResult is the result of Check; Extract reports whether the server
// has the tag.
type CheckResult struct{ gophercloud.Result }

// Extract returns true when the server has the tag (204), false when Nova
// answered 404, and the error of any other failure.
func (r CheckResult) Extract() (bool, error) {
	if r.Err == nil {
		return true, nil
	}
	if gophercloud.ResponseCodeIs(r.Err, http.StatusNotFound) {
		return false, nil
	}
	return false, r.Err
}

// AddResult is the result of Add.
type AddResult = gophercloud.ErrResult
