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
	"strings"
	"sync"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/swift"
)

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
func ParseBulkReport(body []byte) (*swift.BulkDeleteResponse, error) {
	var w wireReport
	if err := json.Unmarshal(body, &w); err != nil {
		return nil, fmt.Errorf("%w: bulk delete report: %v", gophercloud.ErrMalformedResponse, err)
	}
	if w.ResponseStatus == nil {
		return nil, fmt.Errorf("%w: bulk delete report without \"Response Status\"", gophercloud.ErrMalformedResponse)
	}
	r := &swift.BulkDeleteResponse{
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
		r.Errors = append(r.Errors, swift.BulkDeleteFailure{Name: strings.TrimPrefix(name, "/"), Status: e[1]})
	}
	return r, nil
}

// mergeReport adds the report of one more batch to total.
func mergeReport(total, o *swift.BulkDeleteResponse) {
	total.NumberDeleted += o.NumberDeleted
	total.NumberNotFound += o.NumberNotFound
	total.Errors = append(total.Errors, o.Errors...)
	if total.ResponseStatus == "" || total.Err() == nil {
		total.ResponseStatus, total.ResponseBody = o.ResponseStatus, o.ResponseBody
	}
}

// BulkDelete deletes paths ("container" or "container/object", not
// escaped) with the bulk middleware (POST ?bulk-delete), in batches no
// larger than the cluster's max_deletes_per_request (from /info, else
// 10,000). A cluster whose /info shows no bulk middleware gets one DELETE
// per path instead, eight at a time. The report adds up every batch; the
// error is a transport or status error, or the report's *swift.BulkDeleteError.
func BulkDelete(ctx context.Context, c *gophercloud.ServiceClient, paths []string) (*swift.BulkDeleteResponse, error) {
	total := &swift.BulkDeleteResponse{}
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
		mergeReport(total, rep)
	}
	return total, total.Err()
}

func bulkDeleteBatch(ctx context.Context, c *gophercloud.ServiceClient, paths []string) (*swift.BulkDeleteResponse, error) {
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
func deleteEach(ctx context.Context, c *gophercloud.ServiceClient, paths []string) (*swift.BulkDeleteResponse, error) {
	const workers = 8
	rep := &swift.BulkDeleteResponse{ResponseStatus: "200 OK"}
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
						rep.Errors = append(rep.Errors, swift.BulkDeleteFailure{Name: p, Status: fmt.Sprintf("%d %s", ue.Actual, http.StatusText(ue.Actual))})
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
