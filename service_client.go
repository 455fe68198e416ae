package gophercloud

import (
	"context"
	"maps"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
)

// ServiceClient is one API of a cloud: the ProviderClient plus the base URL
// of the service, its catalog type and, optionally, a microversion. Resource
// packages take one as their first argument after ctx.
type ServiceClient struct {
	*ProviderClient
	// Endpoint is the service's base URL from the catalog, ending in "/".
	Endpoint string
	// ResourceBase, when set, is used instead of Endpoint to build resource
	// URLs (for services whose catalog URL lacks the version, such as
	// networking's "v2.0/").
	ResourceBase string
	// Type is the catalog service type ("compute", "object-store", …); it
	// picks the microversion header.
	Type string
	// Microversion, when set, is sent in the service's microversion header
	// on every request ("2.79").
	Microversion string
	// MoreHeaders are sent with every request of this client.
	MoreHeaders map[string]string

	cache *sync.Map
}

// ResourceBaseURL is the URL resource paths are joined to.
func (c *ServiceClient) ResourceBaseURL() string {
	if c.ResourceBase != "" {
		return c.ResourceBase
	}
	return c.Endpoint
}

// ServiceURL joins path segments to the resource base, escaping each one, so
// an ID or name holding "/", "?", "#" or "%" stays one segment.
//
// An empty, "." or ".." segment is refused for every call built on the
// URL, before anything is sent: an empty ID would turn servers.Get into a
// list, and a dot segment would let a normalising proxy act on the parent
// resource. The URL then carries a marker that makes the request fail
// with an *ErrInvalidInput naming the segment.
func (c *ServiceClient) ServiceURL(segments ...string) string {
	var b strings.Builder
	b.WriteString(c.ResourceBaseURL())
	for i, s := range segments {
		if i > 0 {
			b.WriteByte('/')
		}
		switch s {
		case "", ".", "..":
			b.WriteString(badSegmentMarker)
			b.WriteString(strconv.Quote(s))
			b.WriteByte(')')
		default:
			b.WriteString(url.PathEscape(s))
		}
	}
	return b.String()
}

// badSegmentMarker starts what ServiceURL writes for a segment it refuses.
// url.PathEscape escapes every "%", so no escaped segment can contain it.
const badSegmentMarker = "%!(bad-segment "

// checkURL refuses a URL that ServiceURL marked.
func checkURL(u string) error {
	i := strings.Index(u, badSegmentMarker)
	if i < 0 {
		return nil
	}
	seg := u[i+len(badSegmentMarker):]
	if j := strings.IndexByte(seg, ')'); j >= 0 {
		seg = seg[:j]
	}
	v, _ := strconv.Unquote(seg)
	reason := "an empty ID or name would address the collection instead of one resource"
	if v != "" {
		reason = "a dot segment would let a proxy normalise the URL to another resource"
	}
	return &ErrInvalidInput{Argument: "resource ID or name", Value: v, Reason: reason}
}

// WithMicroversion returns a copy of the client that sends microversion v
// ("2.79") with every request. The original is not changed, so a client
// shared between goroutines is never mutated by one call's needs.
func (c *ServiceClient) WithMicroversion(v string) *ServiceClient {
	shared := c.Cache()
	cp := *c
	cp.cache = shared
	cp.Microversion = v
	cp.MoreHeaders = maps.Clone(c.MoreHeaders)
	return &cp
}

// Cache returns the client's cache for values fetched once per service
// endpoint (Swift's /info, version documents). Copies made by
// WithMicroversion share it; clients built separately do not.
func (c *ServiceClient) Cache() *sync.Map {
	cacheInit.Lock()
	defer cacheInit.Unlock()
	if c.cache == nil {
		c.cache = new(sync.Map)
	}
	return c.cache
}

// cacheInit guards the lazy creation of a client's cache: ServiceClients
// are plain structs, often built as literals, so there is no constructor
// to make it in.
var cacheInit sync.Mutex

// Request sends a request with this service's headers (microversion,
// MoreHeaders) through the ProviderClient. Use it for streaming calls with
// opts.KeepResponseBody; the JSON calls below return a Result.
func (c *ServiceClient) Request(ctx context.Context, method, url string, opts *RequestOpts) (*http.Response, error) {
	return c.ProviderClient.Request(ctx, method, url, c.withHeaders(opts))
}

// Do sends a request and returns its lazy Result: body read, status checked,
// nothing decoded yet.
func (c *ServiceClient) Do(ctx context.Context, method, url string, opts *RequestOpts) Result {
	resp, body, err := c.ProviderClient.do(ctx, method, url, c.withHeaders(opts))
	if err != nil {
		return Result{Err: err}
	}
	return Result{Body: body, Header: resp.Header, StatusCode: resp.StatusCode}
}

// Get sends a GET.
func (c *ServiceClient) Get(ctx context.Context, url string, opts *RequestOpts) Result {
	return c.Do(ctx, http.MethodGet, url, opts)
}

// Head sends a HEAD; the answer is in the Result's Header.
func (c *ServiceClient) Head(ctx context.Context, url string, opts *RequestOpts) Result {
	return c.Do(ctx, http.MethodHead, url, opts)
}

// Delete sends a DELETE.
func (c *ServiceClient) Delete(ctx context.Context, url string, opts *RequestOpts) Result {
	return c.Do(ctx, http.MethodDelete, url, opts)
}

// Post sends body (nil for none) as JSON in a POST.
func (c *ServiceClient) Post(ctx context.Context, url string, body any, opts *RequestOpts) Result {
	return c.Do(ctx, http.MethodPost, url, withJSON(opts, body))
}

// Put sends body (nil for none) as JSON in a PUT.
func (c *ServiceClient) Put(ctx context.Context, url string, body any, opts *RequestOpts) Result {
	return c.Do(ctx, http.MethodPut, url, withJSON(opts, body))
}

// Patch sends body as JSON in a PATCH. Set opts.MoreHeaders["Content-Type"]
// for the merge/JSON-patch media types some services want.
func (c *ServiceClient) Patch(ctx context.Context, url string, body any, opts *RequestOpts) Result {
	return c.Do(ctx, http.MethodPatch, url, withJSON(opts, body))
}

func withJSON(opts *RequestOpts, body any) *RequestOpts {
	if body == nil {
		return opts
	}
	o := RequestOpts{}
	if opts != nil {
		o = *opts
	}
	o.JSONBody = body
	return &o
}

// withHeaders returns a copy of opts carrying the client's headers; the
// caller's own MoreHeaders win.
func (c *ServiceClient) withHeaders(opts *RequestOpts) *RequestOpts {
	if c.Microversion == "" && len(c.MoreHeaders) == 0 {
		return opts
	}
	o := RequestOpts{}
	if opts != nil {
		o = *opts
	}
	h := make(map[string]string, len(c.MoreHeaders)+len(o.MoreHeaders)+2)
	maps.Copy(h, c.MoreHeaders)
	if c.Microversion != "" {
		for k, v := range MicroversionHeaders(c.Type, c.Microversion) {
			h[k] = v
		}
	}
	maps.Copy(h, o.MoreHeaders)
	o.MoreHeaders = h
	return &o
}

// MicroversionHeaders returns the headers that select microversion v of a
// service of the given catalog type. Nova still reads its legacy header, so
// compute gets both.
func MicroversionHeaders(serviceType, v string) map[string]string {
	switch serviceType {
	case "compute":
		return map[string]string{"X-OpenStack-Nova-API-Version": v, "OpenStack-API-Version": "compute " + v}
	case "volume", "volumev2", "volumev3", "block-storage", "block-store":
		return map[string]string{"OpenStack-API-Version": "volume " + v}
	case "sharev2", "shared-file-system":
		return map[string]string{"X-OpenStack-Manila-API-Version": v}
	case "baremetal":
		return map[string]string{"X-OpenStack-Ironic-API-Version": v}
	case "":
		// Without a service type there is no header to name; sending
		// "OpenStack-API-Version:  2.79" would be wrong everywhere.
		return nil
	}
	return map[string]string{"OpenStack-API-Version": serviceType + " " + v}
}
