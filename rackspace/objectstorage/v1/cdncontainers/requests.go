package cdncontainers

import (
	"context"
	"net/http"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/pagination"
	"github.com/cloudsdk/gophercloud/rackspace/objectstorage/v1/internal"
)

// Bounds of a CDN TTL, in seconds.
const (
	MinTTL = 900
	MaxTTL = 31536000
)

func checkTTL(argument string, ttl int) error {
	if ttl != 0 && (ttl < MinTTL || ttl > MaxTTL) {
		return &gophercloud.ErrInvalidInput{Argument: argument, Value: ttl, Reason: "must be between 900 (15 minutes) and 31536000 (a year) seconds"}
	}
	return nil
}

// ListOpts filters and pages the CDN container listing; the zero value
// lists every container that is or was CDN-enabled.
type ListOpts struct {
	// Limit is the page size (at most 10,000); the pager follows markers
	// through all pages whatever it is.
	Limit int `q:"limit"`
	// Marker starts after this name; EndMarker stops before this one.
	Marker    string `q:"marker"`
	EndMarker string `q:"end_marker"`
	// EnabledOnly leaves out containers whose CDN was disabled.
	EnabledOnly bool `q:"enabled_only"`
}

// Validate refuses a negative Limit; List calls it through the query
// builder.
func (opts ListOpts) Validate() error {
	if opts.Limit < 0 {
		return &gophercloud.ErrInvalidInput{Argument: "cdncontainers.ListOpts.Limit", Value: opts.Limit, Reason: "must not be negative"}
	}
	return nil
}

// listQuery adds format=json, which List always asks for.
type listQuery struct {
	ListOpts
	Format string `q:"format"`
}

// List returns a Pager over the CDN-enabled (and formerly enabled)
// containers, following markers from page to page. It does no I/O until
// walked.
func List(c *gophercloud.ServiceClient, opts ListOpts) pagination.Pager[Container] {
	return pagination.NewWithQuery(c, c.ResourceBaseURL(), listQuery{opts, "json"},
		pagination.Marker[Container]{MarkerOf: func(ct Container) string { return ct.Name }})
}

// Get reads a container's CDN settings and URIs (HEAD). A container that
// was never CDN-enabled is a 404 (gophercloud.ErrNotFound).
func Get(ctx context.Context, c *gophercloud.ServiceClient, container string) (r GetResult) {
	u, err := internal.ContainerURL(c, "container", container)
	if err != nil {
		r.Err = err
		return
	}
	r.Result = c.Head(ctx, u, &gophercloud.RequestOpts{OkCodes: []int{http.StatusOK, http.StatusNoContent}})
	return
}

// EnableOpts tunes Enable; the zero value keeps the CDN's default TTL.
type EnableOpts struct {
	// TTL is how long, in seconds, edge nodes cache the objects (900 to
	// 31536000; 0 keeps the current or default value).
	TTL int `h:"X-Ttl"`
}

// Validate checks TTL; Enable calls it through the header builder.
func (opts EnableOpts) Validate() error { return checkTTL("cdncontainers.EnableOpts.TTL", opts.TTL) }

// enableHeaders always sends X-Cdn-Enabled: True.
type enableHeaders struct {
	EnableOpts
	Enabled string `h:"X-Cdn-Enabled"`
}

// Enable publishes a container on the CDN (PUT), or re-enables it, and
// answers with its CDN URIs.
func Enable(ctx context.Context, c *gophercloud.ServiceClient, container string, opts EnableOpts) (r EnableResult) {
	u, err := internal.ContainerURL(c, "container", container)
	if err != nil {
		r.Err = err
		return
	}
	h, err := gophercloud.BuildHeaders(enableHeaders{opts, "True"})
	if err != nil {
		r.Err = err
		return
	}
	r.Result = c.Do(ctx, http.MethodPut, u, &gophercloud.RequestOpts{MoreHeaders: h, OkCodes: []int{http.StatusCreated, http.StatusAccepted, http.StatusNoContent}})
	return
}

// UpdateOpts are the CDN settings Update changes; fields left zero keep
// their values.
type UpdateOpts struct {
	// CDNEnabled turns the CDN on or off.
	CDNEnabled *bool `h:"X-Cdn-Enabled"`
	// TTL is the new cache lifetime in seconds (900 to 31536000).
	TTL int `h:"X-Ttl"`
	// LogRetention turns the CDN access logs (in the .CDN_ACCESS_LOGS
	// container) on or off.
	LogRetention *bool `h:"X-Log-Retention"`
}

// Validate checks TTL; Update calls it through the header builder.
func (opts UpdateOpts) Validate() error { return checkTTL("cdncontainers.UpdateOpts.TTL", opts.TTL) }

// Update changes a CDN-enabled container's settings (POST).
func Update(ctx context.Context, c *gophercloud.ServiceClient, container string, opts UpdateOpts) (r UpdateResult) {
	u, err := internal.ContainerURL(c, "container", container)
	if err != nil {
		r.Err = err
		return
	}
	h, err := gophercloud.BuildHeaders(opts)
	if err != nil {
		r.Err = err
		return
	}
	r.Result = c.Do(ctx, http.MethodPost, u, &gophercloud.RequestOpts{MoreHeaders: h, OkCodes: []int{http.StatusAccepted, http.StatusNoContent}})
	return
}

// Disable takes a container off the CDN (an Update with CDNEnabled
// false). Edge nodes keep serving cached objects until their TTL ends.
func Disable(ctx context.Context, c *gophercloud.ServiceClient, container string) UpdateResult {
	off := false
	return Update(ctx, c, container, UpdateOpts{CDNEnabled: &off})
}
