package usage

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/pagination"
)

// timeLayout is the one layout Nova's usage API parses without a zone; a
// trailing "Z" or offset is refused with a 400.
const timeLayout = "2006-01-02T15:04:05"

// GetOpts is the window and paging of Get.
type GetOpts struct {
	// Start and End bound the window; sent in UTC. Zero means "now".
	Start time.Time `q:"-"`
	End   time.Time `q:"-"`
	// Limit is the page size, in servers; microversion 2.40.
	Limit int `q:"limit"`
	// Marker is the ID of the last server of the previous page;
	// microversion 2.40.
	Marker string `q:"marker"`
}

// Validate refuses a negative Limit and a window that ends before it
// starts.
func (opts GetOpts) Validate() error {
	if opts.Limit < 0 {
		return &gophercloud.ErrInvalidInput{Argument: "usage.Limit", Value: opts.Limit, Reason: "must not be negative"}
	}
	if !opts.Start.IsZero() && !opts.End.IsZero() && opts.End.Before(opts.Start) {
		return &gophercloud.ErrInvalidInput{Argument: "usage.End", Value: opts.End, Reason: "must not be before Start"}
	}
	return nil
}

// window returns base with start and end in Nova's layout.
func (opts GetOpts) window(base string, detailed bool) string {
	q := url.Values{}
	if !opts.Start.IsZero() {
		q.Set("start", opts.Start.UTC().Format(timeLayout))
	}
	if !opts.End.IsZero() {
		q.Set("end", opts.End.UTC().Format(timeLayout))
	}
	if detailed {
		q.Set("detailed", "1")
	}
	if len(q) == 0 {
		return base
	}
	return base + "?" + q.Encode()
}

// ListOpts is the window and paging of List.
type ListOpts struct {
	GetOpts
	// Detailed fills each TenantUsage's ServerUsages (detailed=1).
	Detailed bool `q:"-"`
}

// List returns a Pager over the usage of every project with servers in
// the window; admin only. It does no I/O, so it takes no ctx.
// https://docs.openstack.org/api-ref/compute/#list-tenant-usage-statistics-for-all-tenants
func List(c *gophercloud.ServiceClient, opts ListOpts) pagination.Pager[TenantUsage] {
	return pagination.NewWithQuery(c, opts.window(listURL(c), opts.Detailed), opts.GetOpts,
		pagination.Linked[TenantUsage]{ItemsKey: "tenant_usages", LinksKey: "tenant_usages_links"})
}

// Get returns a Pager over one project's usage, with its server usages;
// each page holds one TenantUsage, and none when the project had no
// servers in the window. It does no I/O, so it takes no ctx.
// https://docs.openstack.org/api-ref/compute/#show-usage-statistics-for-tenant
func Get(c *gophercloud.ServiceClient, projectID string, opts GetOpts) pagination.Pager[TenantUsage] {
	return pagination.NewWithQuery(c, opts.window(getURL(c, projectID), false), opts,
		pagination.StrategyFunc[TenantUsage](parseTenantPage))
}

// parseTenantPage reads {"tenant_usage": {…}, "tenant_usage_links": […]}.
func parseTenantPage(current *url.URL, _ http.Header, body []byte) ([]TenantUsage, string, error) {
	var page struct {
		Usage *TenantUsage       `json:"tenant_usage"`
		Links []gophercloud.Link `json:"tenant_usage_links"`
	}
	if err := json.Unmarshal(body, &page); err != nil {
		return nil, "", fmt.Errorf("%w: %w", gophercloud.ErrMalformedResponse, err)
	}
	if page.Usage == nil {
		return nil, "", fmt.Errorf(`%w: no "tenant_usage" key in the page`, gophercloud.ErrMalformedResponse)
	}
	if page.Usage.TenantID == "" { // {"tenant_usage": {}}: nothing ran
		return nil, "", nil
	}
	for _, l := range page.Links {
		if l.Rel == "next" {
			ref, err := url.Parse(l.Href)
			if err != nil {
				return nil, "", fmt.Errorf("%w: next link %q: %w", gophercloud.ErrMalformedResponse, l.Href, err)
			}
			return []TenantUsage{*page.Usage}, current.ResolveReference(ref).String(), nil
		}
	}
	return []TenantUsage{*page.Usage}, "", nil
}
