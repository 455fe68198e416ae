package bulk

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/swift"
	"github.com/cloudsdk/gophercloud/rackspace/objectstorage/v1/containers"
	"github.com/cloudsdk/gophercloud/rackspace/objectstorage/v1/internal"
	"github.com/cloudsdk/gophercloud/rackspace/objectstorage/v1/objects"
)

// Format is the archive format of Extract.
type Format string

// Archive formats Cloud Files unpacks.
const (
	Tar    Format = "tar"
	TarGz  Format = "tar.gz"
	TarBz2 Format = "tar.bz2"
)

// Extract uploads a tar archive (streamed from archive) and has Cloud Files
// create one object per file; it returns (*ExtractResponse, error). The
// files land under uploadPath: "" creates one container per top-level
// directory of the archive (files at its root are ignored), "photos"
// puts them in that container, "photos/2024" under that prefix.
func Extract(ctx context.Context, c *gophercloud.ServiceClient, uploadPath string, format Format, archive io.Reader) (*ExtractResponse, error) {
	switch format {
	case Tar, TarGz, TarBz2:
	default:
		return nil, &gophercloud.ErrInvalidInput{Argument: "bulk.Extract format", Value: string(format), Reason: `must be "tar", "tar.gz" or "tar.bz2"`}
	}
	if archive == nil {
		return nil, &gophercloud.ErrMissingInput{Argument: "bulk.Extract archive"}
	}
	if first, _, _ := strings.Cut(uploadPath, "/"); uploadPath != "" {
		if _, err := internal.ContainerURL(c, "bulk.Extract uploadPath", first); err != nil {
			return nil, err
		}
	}
	u := c.ResourceBaseURL() + internal.EscapeObject(uploadPath) + "?extract-archive=" + string(format)
	r := c.Do(ctx, http.MethodPut, u, &gophercloud.RequestOpts{
		RawBody:     archive,
		MoreHeaders: map[string]string{"Accept": "application/json"},
		OkCodes:     []int{http.StatusOK, http.StatusCreated},
	})
	if r.Err != nil {
		return nil, r.Err
	}
	rep, err := gophercloud.Extract[ExtractResponse](r, "")
	if err != nil {
		return nil, err
	}
	if rep.ResponseStatus == "" {
		return nil, fmt.Errorf("%w: extract report without \"Response Status\"", gophercloud.ErrMalformedResponse)
	}
	return rep, rep.Err()
}

// Delete deletes objects ("container/object") and empty containers
// ("container") with the bulk-delete middleware: the objects of each
// container in as few requests as the cluster allows, then the
// containers. It returns the merged (*swift.BulkDeleteResponse, error).
func Delete(ctx context.Context, c *gophercloud.ServiceClient, paths []string) (*swift.BulkDeleteResponse, error) {
	var order []string
	byContainer := map[string][]string{}
	var conts []string
	for _, p := range paths {
		container, object, ok := strings.Cut(p, "/")
		if !ok {
			conts = append(conts, container)
			continue
		}
		if _, seen := byContainer[container]; !seen {
			order = append(order, container)
		}
		byContainer[container] = append(byContainer[container], object)
	}
	total := &swift.BulkDeleteResponse{}
	merge := func(rep *swift.BulkDeleteResponse, err error) error {
		if rep == nil {
			return err
		}
		total.NumberDeleted += rep.NumberDeleted
		total.NumberNotFound += rep.NumberNotFound
		total.Errors = append(total.Errors, rep.Errors...)
		if total.ResponseStatus == "" || total.Err() == nil {
			total.ResponseStatus, total.ResponseBody = rep.ResponseStatus, rep.ResponseBody
		}
		var bulkErr *swift.BulkDeleteError
		if err != nil && !errors.As(err, &bulkErr) {
			return err
		}
		return nil
	}
	for _, container := range order {
		if err := merge(objects.BulkDelete(ctx, c, container, byContainer[container])); err != nil {
			return total, err
		}
	}
	if len(conts) > 0 {
		if err := merge(containers.BulkDelete(ctx, c, conts)); err != nil {
			return total, err
		}
	}
	if total.ResponseStatus == "" {
		total.ResponseStatus = "200 OK"
	}
	return total, total.Err()
}
