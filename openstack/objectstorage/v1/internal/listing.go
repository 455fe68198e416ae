package internal

import (
	"bytes"
	"net/http"
	"net/url"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/swift"
	"github.com/cloudsdk/gophercloud/pagination"
)

// ListPager returns a pager over a JSON listing (format=json) at baseURL,
// whose query (from the caller's ListOpts) is query. Swift pages by
// marker: the next page starts after markerOf(last item).
func ListPager[T any](c *gophercloud.ServiceClient, baseURL string, query url.Values, markerOf func(T) string) pagination.Pager[T] {
	q := cloneValues(query)
	q.Set("format", "json")
	return pagination.New(c, baseURL+"?"+q.Encode(), pagination.Marker[T]{MarkerOf: markerOf}, nil)
}

// NamesPager returns a pager over the plain-text listing at baseURL: one
// name per line, the cheapest listing Swift serves. Swift picks the
// format from the Accept header when there is no format parameter, so the
// pager asks for text/plain.
func NamesPager(c *gophercloud.ServiceClient, baseURL string, query url.Values) pagination.Pager[string] {
	q := cloneValues(query)
	q.Del("format")
	u := baseURL
	if len(q) > 0 {
		u += "?" + q.Encode()
	}
	return pagination.New(c, u, pagination.StrategyFunc[string](parseNames), &gophercloud.RequestOpts{
		MoreHeaders: map[string]string{"Accept": "text/plain"},
	})
}

// parseNames reads one page of a plain-text listing. Like the JSON pages
// it ends the walk at an empty page or a page shorter than the limit.
func parseNames(current *url.URL, _ http.Header, body []byte) ([]string, string, error) {
	body = bytes.TrimSuffix(body, []byte("\n"))
	if len(body) == 0 {
		return nil, "", nil
	}
	lines := bytes.Split(body, []byte("\n"))
	names := make([]string, len(lines))
	for i, l := range lines {
		names[i] = string(l)
	}
	return names, pagination.MarkerNext(current, len(names), names[len(names)-1]), nil
}

func cloneValues(v url.Values) url.Values {
	out := make(url.Values, len(v)+1)
	for k, vs := range v {
		out[k] = append([]string(nil), vs...)
	}
	return out
}

// ListQuery builds the query of a listing from the caller's ListOpts,
// which refuse a negative limit (ListOpts.Validate).
func ListQuery(opts swift.ListOpts) (url.Values, error) {
	q, err := gophercloud.BuildQueryString(opts)
	if err != nil {
		return nil, err
	}
	return q.Query(), nil
}
