package swift

import (
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/cloudsdk/gophercloud"
)

// UpdateHeader is what Swift answers to a metadata POST on an account, a
// container or an object.
type UpdateHeader struct {
	Date    time.Time `h:"Date"`
	TransID string    `h:"X-Trans-Id"`
}

// UpdateResult is the result of accounts.Update, containers.Update and
// objects.Update; Extract returns the *UpdateHeader.
type UpdateResult = gophercloud.HeaderResult[UpdateHeader]

// BulkDeleteResponse is the report of a bulk delete, added up over every
// request it took. Swift answers a bulk request with 200 OK whatever
// happened and puts the outcome here.
type BulkDeleteResponse struct {
	// NumberDeleted counts the objects and containers deleted.
	NumberDeleted int
	// NumberNotFound counts the names that did not exist (not an error).
	NumberNotFound int
	// ResponseStatus is the overall outcome, such as "200 OK" or
	// "400 Bad Request"; over several requests, the first that was not a
	// success, else the last.
	ResponseStatus string
	// ResponseBody is Swift's explanation of a failed request, if any.
	ResponseBody string
	// Errors lists the names that could not be deleted.
	Errors []BulkDeleteFailure
}

// BulkDeleteFailure is one name a bulk delete could not delete.
type BulkDeleteFailure struct {
	// Name is "container/object", or "container" for a container.
	Name string
	// Status is the status of its delete, such as "409 Conflict" for a
	// container that is not empty.
	Status string
}

// StatusCode is the numeric part of ResponseStatus, 0 if there is none.
func (r *BulkDeleteResponse) StatusCode() int {
	code, _, _ := strings.Cut(strings.TrimSpace(r.ResponseStatus), " ")
	n, _ := strconv.Atoi(code)
	return n
}

// Err is nil when everything was deleted (or was not there), and a
// *BulkDeleteError otherwise.
func (r *BulkDeleteResponse) Err() error {
	code := r.StatusCode()
	if code >= 200 && code < 300 && len(r.Errors) == 0 {
		return nil
	}
	return &BulkDeleteError{Status: r.ResponseStatus, Message: r.ResponseBody, Failures: slices.Clone(r.Errors), code: code}
}

// BulkDeleteError says that a bulk delete did not delete everything. It
// unwraps to an *gophercloud.ErrUnexpectedResponseCode carrying the
// reported status, so errors.Is(err, gophercloud.ErrConflict) and
// gophercloud.ResponseCodeIs work as for any other call.
type BulkDeleteError struct {
	// Status is the reported overall status ("400 Bad Request").
	Status string
	// Message is Swift's explanation, if any ("Max delete failures exceeded").
	Message string
	// Failures lists the names not deleted and why.
	Failures []BulkDeleteFailure
	code     int
}

// Error names the status, Swift's message and the first few failures.
func (e *BulkDeleteError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "bulk delete: %s", e.Status)
	if e.Message != "" {
		fmt.Fprintf(&b, ": %s", e.Message)
	}
	if len(e.Failures) > 0 {
		fmt.Fprintf(&b, ": %d not deleted (", len(e.Failures))
		for i, f := range e.Failures {
			if i == 3 {
				b.WriteString(", …")
				break
			}
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "%s: %s", f.Name, f.Status)
		}
		b.WriteString(")")
	}
	return b.String()
}

// Unwrap exposes the status as an *gophercloud.ErrUnexpectedResponseCode.
func (e *BulkDeleteError) Unwrap() error {
	code := e.code
	if code == 0 {
		code, _ = strconv.Atoi(strings.SplitN(strings.TrimSpace(e.Status), " ", 2)[0])
	}
	if len(e.Failures) > 0 {
		// The failures' own status says more than the 400/502 summary.
		if n, err := strconv.Atoi(strings.SplitN(e.Failures[0].Status, " ", 2)[0]); err == nil {
			code = n
		}
	}
	return &gophercloud.ErrUnexpectedResponseCode{Method: http.MethodPost, URL: "?bulk-delete", Expected: []int{http.StatusOK}, Actual: code, Message: e.Message}
}
