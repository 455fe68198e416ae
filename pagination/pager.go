// Package pagination walks the pages of an OpenStack list call.
//
// There is one Pager; how a page is read and where the next one is are a
// Strategy: Linked (a "next" link in the body, as Nova, Neutron, Cinder,
// Glance and Keystone send), Marker (the next page starts after the last
// item, as Swift does) and Single (one page). Each page body is decoded
// exactly once, straight into []T, by the strategy: the items and the next
// link come out of the same json.Unmarshal.
//
// Three ways to walk, from most to least control:
//
//	err := pager.EachPage(ctx, func(ctx context.Context, p pagination.Page[T]) (bool, error) { … })
//	all, err := pager.AllPages(ctx)          // one Page holding every item
//	for item, err := range pager.All(ctx) { … } // items across pages; break stops fetching
//
// A Pager never follows a next link it has already followed, and stops when
// a page repeats the previous one byte for byte, so a server that ignores
// paging parameters cannot make it loop forever.
package pagination

import (
	"bytes"
	"context"
	"iter"
	"net/http"
	"net/url"
	"strings"

	"github.com/cloudsdk/gophercloud"
)

// Page is one decoded page of a list.
type Page[T any] struct {
	// Items are the page's resources, decoded once.
	Items []T
	// URL is where the page was fetched from.
	URL *url.URL
	// Header holds the response headers (Swift puts account totals here).
	Header http.Header
	// Body is the raw page body, for ExtractInto-style extension decoding.
	// It is nil on the merged page AllPages returns.
	Body []byte
	// NextURL is the next page's URL, "" on the last page.
	NextURL string
}

// IsEmpty reports whether the page holds no items.
func (p Page[T]) IsEmpty() bool { return len(p.Items) == 0 }

// Strategy reads one page body: its items and where the next page is.
type Strategy[T any] interface {
	// Parse decodes body (fetched from current) once. next is "" when
	// this is the last page.
	Parse(current *url.URL, header http.Header, body []byte) (items []T, next string, err error)
}

// Pager walks the pages of one list call. Build it with New; the zero
// value yields nothing.
type Pager[T any] struct {
	client   *gophercloud.ServiceClient
	initial  string
	strategy Strategy[T]
	opts     *gophercloud.RequestOpts
	err      error
}

// New returns a Pager that starts at initialURL. opts (may be nil) is used
// for every page request, e.g. for headers; OkCodes default to 200 and 204
// (Swift answers an empty listing with 204).
func New[T any](client *gophercloud.ServiceClient, initialURL string, s Strategy[T], opts *gophercloud.RequestOpts) Pager[T] {
	o := gophercloud.RequestOpts{}
	if opts != nil {
		o = *opts
	}
	if o.OkCodes == nil {
		o.OkCodes = []int{http.StatusOK, http.StatusNoContent}
	}
	return Pager[T]{client: client, initial: initialURL, strategy: s, opts: &o}
}

// NewWithQuery is New for a List call: the query string of opts (a struct
// with `q` tags, checked as gophercloud.BuildQueryString does, or nil) is
// joined to url. Bad options become the Pager's error, reported by its
// first method call, before any request.
//
//	func List(c *gophercloud.ServiceClient, opts ListOpts) pagination.Pager[Network] {
//		return pagination.NewWithQuery(c, listURL(c), opts, pagination.Linked[Network]{ItemsKey: "networks", LinksKey: "networks_links"})
//	}
func NewWithQuery[T any](client *gophercloud.ServiceClient, url string, opts any, s Strategy[T]) Pager[T] {
	q, err := gophercloud.BuildQueryString(opts)
	if err != nil {
		return Fail[T](err)
	}
	return New(client, joinQuery(url, q.RawQuery), s, nil)
}

func joinQuery(u, q string) string {
	switch {
	case q == "":
		return u
	case strings.Contains(u, "?"):
		return u + "&" + q
	}
	return u + "?" + q
}

// Fail returns a Pager whose every method reports err: how a List call
// reports bad options without a request.
func Fail[T any](err error) Pager[T] { return Pager[T]{err: err} }

// Err returns the error the Pager was built with, if any.
func (p Pager[T]) Err() error { return p.err }

// Pages yields each page in turn; breaking out of the loop stops fetching.
func (p Pager[T]) Pages(ctx context.Context) iter.Seq2[Page[T], error] {
	return func(yield func(Page[T], error) bool) {
		if p.err != nil {
			yield(Page[T]{}, p.err)
			return
		}
		if p.client == nil {
			return
		}
		seen := map[string]bool{}
		var prevBody []byte
		next := p.initial
		for next != "" && !seen[next] {
			seen[next] = true
			page, err := p.fetch(ctx, next)
			if err != nil {
				yield(Page[T]{}, err)
				return
			}
			// A server that ignores the paging parameters sends the same
			// page again: stop instead of looping over it forever.
			if prevBody != nil && bytes.Equal(prevBody, page.Body) {
				return
			}
			prevBody = page.Body
			if !yield(page, nil) {
				return
			}
			next = page.NextURL
		}
	}
}

func (p Pager[T]) fetch(ctx context.Context, rawURL string) (Page[T], error) {
	// The request first: it refuses a URL with a bad segment (an empty
	// ID) with the core's *ErrInvalidInput before anything is sent.
	r := p.client.Get(ctx, rawURL, p.opts)
	if r.Err != nil {
		return Page[T]{}, r.Err
	}
	u, err := url.Parse(rawURL)
	if err != nil {
		return Page[T]{}, err
	}
	page := Page[T]{URL: u, Header: r.Header, Body: r.Body}
	if len(r.Body) == 0 || r.StatusCode == http.StatusNoContent {
		return page, nil
	}
	page.Items, page.NextURL, err = p.strategy.Parse(u, r.Header, r.Body)
	if err != nil {
		return Page[T]{}, err
	}
	return page, nil
}

// EachPage calls fn for each page until fn returns false or an error, or
// the last page is done. It stops at the first empty page.
func (p Pager[T]) EachPage(ctx context.Context, fn func(context.Context, Page[T]) (bool, error)) error {
	for page, err := range p.Pages(ctx) {
		if err != nil {
			return err
		}
		if page.IsEmpty() {
			return nil
		}
		more, err := fn(ctx, page)
		if err != nil || !more {
			return err
		}
	}
	return nil
}

// AllPages fetches every page and returns one Page holding all items.
func (p Pager[T]) AllPages(ctx context.Context) (Page[T], error) {
	var all Page[T]
	for page, err := range p.Pages(ctx) {
		if err != nil {
			return Page[T]{}, err
		}
		if all.URL == nil {
			all.URL, all.Header = page.URL, page.Header
		}
		all.Items = append(all.Items, page.Items...)
		if page.IsEmpty() {
			break
		}
	}
	return all, nil
}

// All yields every item across pages, fetching the next page only when the
// loop gets to it; break stops. An error is yielded once, last.
func (p Pager[T]) All(ctx context.Context) iter.Seq2[T, error] {
	return func(yield func(T, error) bool) {
		for page, err := range p.Pages(ctx) {
			if err != nil {
				var zero T
				yield(zero, err)
				return
			}
			for _, item := range page.Items {
				if !yield(item, nil) {
					return
				}
			}
			if page.IsEmpty() {
				return
			}
		}
	}
}

// Collect returns every item across pages as one slice.
func (p Pager[T]) Collect(ctx context.Context) ([]T, error) {
	page, err := p.AllPages(ctx)
	return page.Items, err
}
