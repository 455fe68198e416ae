package pagination

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"reflect"
	"strconv"
	"sync"

	"github.com/cloudsdk/gophercloud"
)

// Linked pages carry the next page's URL in their body. It understands the
// three shapes OpenStack uses:
//
//	"servers_links": [{"rel": "next", "href": "…"}]   LinksKey: "servers_links" (Nova, Cinder, Neutron)
//	"links": {"next": "…" | null}                     LinksKey: "links" (Keystone v3)
//	"next": "/v2/images?marker=…"                     NextKey: "next" (Glance; relative URLs resolved)
type Linked[T any] struct {
	// ItemsKey is the key of the item array ("servers"); "" if the body is
	// the array itself.
	ItemsKey string
	// LinksKey is the key of the links array or object, if any.
	LinksKey string
	// NextKey is the key of a top-level next URL string, if any.
	NextKey string
}

// Parse implements Strategy with one json.Unmarshal of the page.
func (s Linked[T]) Parse(current *url.URL, _ http.Header, body []byte) ([]T, string, error) {
	if s.ItemsKey == "" {
		items, err := gophercloud.DecodeSlice[T](body, "")
		return items, "", err
	}
	pt := linkedPageType[T](s.ItemsKey, s.LinksKey, s.NextKey)
	v := reflect.New(pt)
	if err := json.Unmarshal(body, v.Interface()); err != nil {
		return nil, "", fmt.Errorf("%w: %v", gophercloud.ErrMalformedResponse, err)
	}
	page := v.Elem()
	items := page.Field(0).Interface().([]T)
	if items == nil && !hasKey(body, s.ItemsKey) {
		return nil, "", fmt.Errorf("%w: no %q key in the page", gophercloud.ErrMalformedResponse, s.ItemsKey)
	}
	next := ""
	if s.LinksKey != "" {
		n, err := nextFromLinks(page.FieldByName("Links").Interface().(json.RawMessage))
		if err != nil {
			return nil, "", err
		}
		next = n
	}
	if next == "" && s.NextKey != "" {
		next = page.FieldByName("Next").String()
	}
	if next == "" {
		return items, "", nil
	}
	ref, err := url.Parse(next)
	if err != nil {
		return nil, "", fmt.Errorf("%w: next link %q: %v", gophercloud.ErrMalformedResponse, next, err)
	}
	return items, current.ResolveReference(ref).String(), nil
}

type link struct {
	Href string `json:"href"`
	Rel  string `json:"rel"`
}

func nextFromLinks(raw json.RawMessage) (string, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	switch raw[0] {
	case '[':
		var links []link
		if err := json.Unmarshal(raw, &links); err != nil {
			return "", fmt.Errorf("%w: links: %v", gophercloud.ErrMalformedResponse, err)
		}
		for _, l := range links {
			if l.Rel == "next" {
				return l.Href, nil
			}
		}
		return "", nil
	case '{':
		var links struct {
			Next *string `json:"next"`
		}
		if err := json.Unmarshal(raw, &links); err != nil {
			return "", fmt.Errorf("%w: links: %v", gophercloud.ErrMalformedResponse, err)
		}
		if links.Next == nil {
			return "", nil
		}
		return *links.Next, nil
	}
	return "", fmt.Errorf("%w: links is neither an array nor an object", gophercloud.ErrMalformedResponse)
}

func hasKey(body []byte, key string) bool {
	var doc map[string]json.RawMessage
	if json.Unmarshal(body, &doc) != nil {
		return false
	}
	_, ok := doc[key]
	return ok
}

type pageTypeKey struct {
	t                     reflect.Type
	items, links, nextKey string
}

var pageTypes sync.Map

// linkedPageType is struct{Items []T; Links json.RawMessage; Next string}
// with the page's own JSON keys as tags, built once per (T, keys).
func linkedPageType[T any](itemsKey, linksKey, nextKey string) reflect.Type {
	k := pageTypeKey{reflect.TypeFor[T](), itemsKey, linksKey, nextKey}
	if t, ok := pageTypes.Load(k); ok {
		return t.(reflect.Type)
	}
	fields := []reflect.StructField{{Name: "Items", Type: reflect.TypeFor[[]T](), Tag: jsonTag(itemsKey)}}
	if linksKey != "" {
		fields = append(fields, reflect.StructField{Name: "Links", Type: reflect.TypeFor[json.RawMessage](), Tag: jsonTag(linksKey)})
	}
	if nextKey != "" {
		fields = append(fields, reflect.StructField{Name: "Next", Type: reflect.TypeFor[string](), Tag: jsonTag(nextKey)})
	}
	t := reflect.StructOf(fields)
	pageTypes.Store(k, t)
	return t
}

func jsonTag(key string) reflect.StructTag { return reflect.StructTag(`json:` + strconv.Quote(key)) }

// Marker pages are followed by asking for the items after the last one
// (?marker=<last>), as Swift and some Nova and Neutron lists do. The walk
// ends at an empty page, or at a short page when the URL has a limit.
type Marker[T any] struct {
	// ItemsKey is the key of the item array; "" if the body is the array.
	ItemsKey string
	// MarkerOf returns the marker value of an item (its name or ID).
	MarkerOf func(T) string
}

// Parse implements Strategy.
func (s Marker[T]) Parse(current *url.URL, _ http.Header, body []byte) ([]T, string, error) {
	items, err := gophercloud.DecodeSlice[T](body, s.ItemsKey)
	if err != nil || len(items) == 0 {
		return items, "", err
	}
	return items, MarkerNext(current, len(items), s.MarkerOf(items[len(items)-1])), nil
}

// MarkerNext is the marker rule for pages in any format (Swift's plain-text
// listings too): after a page of n items whose last marker is last, the
// next page is the same URL with ?marker=last, unless the URL's limit says
// this short page was the final one.
func MarkerNext(current *url.URL, n int, last string) string {
	if n == 0 {
		return ""
	}
	q := current.Query()
	if limit, err := strconv.Atoi(q.Get("limit")); err == nil && n < limit {
		return ""
	}
	q.Set("marker", last)
	next := *current
	next.RawQuery = q.Encode()
	return next.String()
}

// Offset pages are followed with ?offset=N, as Nova's server groups and
// volume attachments page. The URL must carry a limit (Offset cannot know
// the service's page size otherwise): the walk ends at a page shorter than
// the limit.
type Offset[T any] struct {
	// ItemsKey is the key of the item array; "" if the body is the array.
	ItemsKey string
}

// Parse implements Strategy.
func (s Offset[T]) Parse(current *url.URL, _ http.Header, body []byte) ([]T, string, error) {
	items, err := gophercloud.DecodeSlice[T](body, s.ItemsKey)
	if err != nil {
		return nil, "", err
	}
	q := current.Query()
	limit, err := strconv.Atoi(q.Get("limit"))
	if err != nil || limit <= 0 || len(items) < limit {
		return items, "", nil
	}
	offset, _ := strconv.Atoi(q.Get("offset"))
	q.Set("offset", strconv.Itoa(offset+len(items)))
	next := *current
	next.RawQuery = q.Encode()
	return items, next.String(), nil
}

// Single is a list that always fits in one page.
type Single[T any] struct {
	// ItemsKey is the key of the item array; "" if the body is the array.
	ItemsKey string
}

// Parse implements Strategy.
func (s Single[T]) Parse(_ *url.URL, _ http.Header, body []byte) ([]T, string, error) {
	items, err := gophercloud.DecodeSlice[T](body, s.ItemsKey)
	return items, "", err
}

// StrategyFunc adapts a function to Strategy, for page formats of one
// service (such as Swift's plain-text listings).
type StrategyFunc[T any] func(current *url.URL, header http.Header, body []byte) ([]T, string, error)

// Parse implements Strategy.
func (f StrategyFunc[T]) Parse(current *url.URL, header http.Header, body []byte) ([]T, string, error) {
	return f(current, header, body)
}
