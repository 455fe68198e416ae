package internal

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/cloudsdk/gophercloud"
)

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

// wireReport is the JSON Swift sends; "Errors" is a list of [name, status]
// pairs whose names are URL-encoded.
type wireReport struct {
	NumberDeleted  int        `json:"Number Deleted"`
	NumberNotFound int        `json:"Number Not Found"`
	ResponseStatus *string    `json:"Response Status"`
	ResponseBody   string     `json:"Response Body"`
	Errors         [][]string `json:"Errors"`
}

// ParseBulkReport decodes the JSON report of a bulk delete or of an SLO
// delete (DELETE ?multipart-manifest=delete), which share the format. A
// body without "Response Status" is ErrMalformedResponse.
func ParseBulkReport(body []byte) (*BulkDeleteResponse, error) {
	var w wireReport
	if err := json.Unmarshal(body, &w); err != nil {
		return nil, fmt.Errorf("%w: bulk delete report: %v", gophercloud.ErrMalformedResponse, err)
	}
	if w.ResponseStatus == nil {
		return nil, fmt.Errorf("%w: bulk delete report without \"Response Status\"", gophercloud.ErrMalformedResponse)
	}
	r := &BulkDeleteResponse{
		NumberDeleted:  w.NumberDeleted,
		NumberNotFound: w.NumberNotFound,
		ResponseStatus: *w.ResponseStatus,
		ResponseBody:   w.ResponseBody,
	}
	for _, e := range w.Errors {
		if len(e) != 2 {
			return nil, fmt.Errorf("%w: bulk delete error entry %q is not a [name, status] pair", gophercloud.ErrMalformedResponse, e)
		}
		name, err := url.PathUnescape(e[0])
		if err != nil {
			name = e[0]
		}
		r.Errors = append(r.Errors, BulkDeleteFailure{Name: strings.TrimPrefix(name, "/"), Status: e[1]})
	}
	return r, nil
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

func (r *BulkDeleteResponse) merge(o *BulkDeleteResponse) {
	r.NumberDeleted += o.NumberDeleted
	r.NumberNotFound += o.NumberNotFound
	r.Errors = append(r.Errors, o.Errors...)
	if r.ResponseStatus == "" || r.Err() == nil {
		r.ResponseStatus, r.ResponseBody = o.ResponseStatus, o.ResponseBody
	}
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
	if len(e.Failures) > 0 {
		// The failures' own status says more than the 400/502 summary.
		if n, err := strconv.Atoi(strings.SplitN(e.Failures[0].Status, " ", 2)[0]); err == nil {
			code = n
		}
	}
	return &gophercloud.ErrUnexpectedResponseCode{Method: http.MethodPost, URL: "?bulk-delete", Expected: []int{http.StatusOK}, Actual: code, Message: e.Message}
}

// BulkDelete deletes paths ("container" or "container/object", not
// escaped) with the bulk middleware (POST ?bulk-delete), in batches no
// larger than the cluster's max_deletes_per_request (from /info, else
// 10,000). A cluster whose /info shows no bulk middleware gets one DELETE
// per path instead, eight at a time. The report adds up every batch; the
// error is a transport or status error, or the report's *BulkDeleteError.
func BulkDelete(ctx context.Context, c *gophercloud.ServiceClient, paths []string) (*BulkDeleteResponse, error) {
	total := &BulkDeleteResponse{}
	if len(paths) == 0 {
		total.ResponseStatus = "200 OK"
		return total, nil
	}
	info, err := Capabilities(ctx, c)
	if err == nil && info.BulkDelete == nil {
		return deleteEach(ctx, c, paths)
	}
	for batch := range slices.Chunk(paths, info.MaxDeletes()) {
		rep, err := bulkDeleteBatch(ctx, c, batch)
		if err != nil {
			return total, err
		}
		total.merge(rep)
	}
	return total, total.Err()
}

func bulkDeleteBatch(ctx context.Context, c *gophercloud.ServiceClient, paths []string) (*BulkDeleteResponse, error) {
	var body bytes.Buffer
	for _, p := range paths {
		body.WriteByte('/')
		body.WriteString(EscapePath(p))
		body.WriteByte('\n')
	}
	r := c.Do(ctx, http.MethodPost, c.ServiceURL()+"?bulk-delete", &gophercloud.RequestOpts{
		RawBody:       bytes.NewReader(body.Bytes()),
		ContentLength: int64(body.Len()),
		MoreHeaders:   map[string]string{"Content-Type": "text/plain", "Accept": "application/json"},
		OkCodes:       []int{http.StatusOK},
	})
	if r.Err != nil {
		return nil, r.Err
	}
	return ParseBulkReport(r.Body)
}

// deleteEach is BulkDelete for clusters without the bulk middleware.
func deleteEach(ctx context.Context, c *gophercloud.ServiceClient, paths []string) (*BulkDeleteResponse, error) {
	const workers = 8
	rep := &BulkDeleteResponse{ResponseStatus: "200 OK"}
	var mu sync.Mutex
	var wg sync.WaitGroup
	var firstErr error
	next := make(chan string)
	for range min(workers, len(paths)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := range next {
				r := c.Delete(ctx, c.ResourceBaseURL()+EscapePath(p), nil)
				mu.Lock()
				switch {
				case r.Err == nil:
					rep.NumberDeleted++
				case gophercloud.ResponseCodeIs(r.Err, http.StatusNotFound):
					rep.NumberNotFound++
				default:
					var ue *gophercloud.ErrUnexpectedResponseCode
					if errors.As(r.Err, &ue) {
						rep.Errors = append(rep.Errors, BulkDeleteFailure{Name: p, Status: fmt.Sprintf("%d %s", ue.Actual, http.StatusText(ue.Actual))})
						// Swift's summary: 502 once a server failed, else 400.
						if ue.Actual >= 500 {
							rep.ResponseStatus = "502 Bad Gateway"
						} else if rep.StatusCode() == http.StatusOK {
							rep.ResponseStatus = "400 Bad Request"
						}
					} else if firstErr == nil {
						firstErr = r.Err
					}
				}
				mu.Unlock()
			}
		}()
	}
	for _, p := range paths {
		if ctx.Err() != nil {
			break
		}
		next <- p
	}
	close(next)
	wg.Wait()
	if firstErr == nil {
		firstErr = ctx.Err()
	}
	if firstErr != nil {
		return rep, firstErr
	}
	return rep, rep.Err()
}
