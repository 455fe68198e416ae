package common

import (
	"context"
	"fmt"
	"maps"
	"strconv"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/pagination"
)

// Sort directions for Query.SortDirs.
const (
	SortAsc  = "asc"
	SortDesc = "desc"
)

// Query holds the query parameters every Neutron list accepts. Embed it in
// a resource's ListOpts; its zero value adds nothing.
type Query struct {
	// Fields selects the attributes returned (fields=id&fields=name); the
	// items then hold only those. Empty returns every attribute.
	Fields []string `q:"fields"`
	// Tags keeps resources that have all these tags (tags=a,b).
	Tags gophercloud.CommaList `q:"tags"`
	// TagsAny keeps resources that have at least one of these tags.
	TagsAny gophercloud.CommaList `q:"tags-any"`
	// NotTags drops resources that have all these tags.
	NotTags gophercloud.CommaList `q:"not-tags"`
	// NotTagsAny drops resources that have at least one of these tags.
	NotTagsAny gophercloud.CommaList `q:"not-tags-any"`
	// SortKeys sorts by these attributes, in order (sort_key repeated).
	SortKeys []string `q:"sort_key"`
	// SortDirs gives a direction (SortAsc or SortDesc) for each of
	// SortKeys; Neutron needs one per key when any is given.
	SortDirs []string `q:"sort_dir"`
	// Limit is the page size; the pager follows the <resource>s_links to
	// fetch every page.
	Limit int `q:"limit"`
	// Marker is the ID of the last item of the previous page.
	Marker string `q:"marker"`
	// PageReverse pages backwards from Marker.
	PageReverse bool `q:"page_reverse"`
}

// Validate checks what the struct tags cannot: a non-negative Limit, and
// one known direction per sort key.
func (q Query) Validate() error {
	if q.Limit < 0 {
		return &gophercloud.ErrInvalidInput{Argument: "common.Query.Limit", Value: q.Limit, Reason: "must not be negative"}
	}
	if len(q.SortDirs) > 0 && len(q.SortDirs) != len(q.SortKeys) {
		return &gophercloud.ErrInvalidInput{Argument: "common.Query.SortDirs", Value: q.SortDirs,
			Reason: fmt.Sprintf("Neutron needs one direction per sort key (%d keys)", len(q.SortKeys))}
	}
	for _, d := range q.SortDirs {
		if d != SortAsc && d != SortDesc {
			return &gophercloud.ErrInvalidInput{Argument: "common.Query.SortDirs", Value: d, Reason: `must be "asc" or "desc"`}
		}
	}
	return nil
}

// IfMatch makes an update conditional on the resource's revision_number.
// Embed it in UpdateOpts; its zero value sends no condition.
type IfMatch struct {
	// RevisionNumber, when not 0, sends If-Match: revision_number=N: the
	// update is refused with 412 (gophercloud.ErrPreconditionFailed) if
	// the resource's revision is no longer N.
	RevisionNumber int `json:"-"`
}

// UpdateHeaders returns the If-Match header, or nil without a revision.
func (m IfMatch) UpdateHeaders() map[string]string {
	if m.RevisionNumber == 0 {
		return nil
	}
	return map[string]string{"If-Match": "revision_number=" + strconv.Itoa(m.RevisionNumber)}
}

// Conditional is implemented by update options that embed IfMatch (and by
// extension wrappers of them, through the embedded builder).
type Conditional interface {
	UpdateHeaders() map[string]string
}

// Get fetches the resource at url, found under key in the body.
func Get[T any](ctx context.Context, c *gophercloud.ServiceClient, url, key string) gophercloud.ItemResult[T] {
	return gophercloud.Resource[T]{Key: key}.Get(ctx, c, url)
}

// Create POSTs body (an options struct, or the map a builder made, with
// the error building it) wrapped under key, and returns the created
// resource under the same key. A non-nil buildErr is returned without a
// request.
func Create[T any](ctx context.Context, c *gophercloud.ServiceClient, url, key string, body any, buildErr error) gophercloud.ItemResult[T] {
	if buildErr != nil {
		return gophercloud.ItemResult[T]{Result: gophercloud.Result{Err: buildErr}, Key: key}
	}
	return gophercloud.Resource[T]{Key: key}.Create(ctx, c, url, body)
}

// Update PUTs body (as for Create) with the If-Match header of opts when
// it is Conditional, and returns the updated resource.
func Update[T any](ctx context.Context, c *gophercloud.ServiceClient, url, key string, opts, body any, buildErr error) gophercloud.ItemResult[T] {
	if buildErr != nil {
		return gophercloud.ItemResult[T]{Result: gophercloud.Result{Err: buildErr}, Key: key}
	}
	var h map[string]string
	if cond, ok := opts.(Conditional); ok {
		h = cond.UpdateHeaders()
	}
	return gophercloud.Resource[T]{Key: key}.Update(ctx, c, url, body, h)
}

// Delete DELETEs the resource at url.
func Delete(ctx context.Context, c *gophercloud.ServiceClient, url string) gophercloud.ErrResult {
	return gophercloud.ErrResult{Result: c.Delete(ctx, url, nil)}
}

// List returns a Pager over the items under itemsKey, following Neutron's
// <itemsKey>_links; query is a ready query string ("" or "?…"), or the
// error building it failed with.
func List[T any](c *gophercloud.ServiceClient, url, itemsKey, query string, err error) pagination.Pager[T] {
	if err != nil {
		return pagination.Fail[T](err)
	}
	return pagination.New(c, url+query, pagination.Linked[T]{ItemsKey: itemsKey, LinksKey: itemsKey + "_links"}, nil)
}

// ListQuery encodes opts (a struct with q tags) as "?…", or "".
func ListQuery(opts any) (string, error) { return gophercloud.QueryString(opts) }

// JoinQuery joins the query strings base ("" or "?…") and the q-tagged
// fields of ext, for an extension's ListOpts that adds filters to a
// resource's.
func JoinQuery(base string, ext any) (string, error) {
	more, err := ListQuery(ext)
	if err != nil || more == "" {
		return base, err
	}
	if base == "" {
		return more, nil
	}
	return base + "&" + more[1:], nil
}

// MergeBody adds the JSON fields of ext (an extension's options struct) to
// the object under key of body, as built by a resource's builder, and
// returns body.
func MergeBody(body map[string]any, key string, ext any) (map[string]any, error) {
	more, err := gophercloud.BuildRequestBody(ext, "")
	if err != nil {
		return nil, err
	}
	inner, ok := body[key].(map[string]any)
	if !ok {
		return nil, &gophercloud.ErrInvalidInput{Argument: "opts", Value: key, Reason: "the wrapped builder made no " + strconv.Quote(key) + " object"}
	}
	maps.Copy(inner, more)
	return body, nil
}
