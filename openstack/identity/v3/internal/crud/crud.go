// Package crud holds the one list/get/create/update/delete shape that most
// Keystone v3 resources share, so each resource package is its types plus
// a few one-line calls.
package crud

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/pagination"
)

// Kind describes one Keystone collection: its path segments ("projects",
// or "OS-TRUST", "trusts"), the key one resource sits under ("project")
// and the key of the list array ("projects").
type Kind[T any] struct {
	Path    []string
	Key     string
	ListKey string
}

// Under returns the kind nested below prefix ("users", id).
func (k Kind[T]) Under(prefix ...string) Kind[T] {
	k.Path = append(append([]string(nil), prefix...), k.Path...)
	return k
}

// URL is the collection URL, or one resource's with id segments.
func (k Kind[T]) URL(c *gophercloud.ServiceClient, id ...string) string {
	return c.ServiceURL(append(append([]string(nil), k.Path...), id...)...)
}

// List pages the collection with opts' `q` query (nil for none);
// Keystone's "links": {"next": …} object leads to the next page.
func (k Kind[T]) List(c *gophercloud.ServiceClient, opts any) pagination.Pager[T] {
	return pagination.NewWithQuery(c, k.URL(c), opts, pagination.Linked[T]{ItemsKey: k.ListKey, LinksKey: "links"})
}

// resource is Keystone's way with one member: created with 201, PATCHed
// with 200, deleted with 204.
func (k Kind[T]) resource() gophercloud.Resource[T] {
	return gophercloud.Resource[T]{
		Key: k.Key, UpdateMethod: http.MethodPatch,
		CreateCodes: []int{http.StatusCreated}, UpdateCodes: []int{http.StatusOK}, DeleteCodes: []int{http.StatusNoContent},
	}
}

// Get shows one resource.
func (k Kind[T]) Get(ctx context.Context, c *gophercloud.ServiceClient, id string) gophercloud.ItemResult[T] {
	return k.resource().Get(ctx, c, k.URL(c, id))
}

// Create POSTs opts under Key.
func (k Kind[T]) Create(ctx context.Context, c *gophercloud.ServiceClient, opts any) gophercloud.ItemResult[T] {
	return k.resource().Create(ctx, c, k.URL(c), opts)
}

// CreateMany POSTs every item of opts (each checked by BuildRequestBody,
// its Validate included) as one list under ListKey: Keystone's batch
// create, which makes all of them or none, answering 201 with the list
// made, in order. what names the call in the error for an empty opts.
func CreateMany[T, O any](ctx context.Context, c *gophercloud.ServiceClient, k Kind[T], what string, opts []O) gophercloud.ValueResult[[]T] {
	if len(opts) == 0 {
		return gophercloud.ValueResult[[]T]{Result: gophercloud.Result{Err: &gophercloud.ErrMissingInput{Argument: what + ": at least one CreateOpts"}}}
	}
	items := make([]map[string]any, len(opts))
	for i, o := range opts {
		m, err := gophercloud.BuildRequestBody(o, "")
		if err != nil {
			return gophercloud.ValueResult[[]T]{Result: gophercloud.Result{Err: fmt.Errorf("%s: item %d: %w", what, i, err)}}
		}
		items[i] = m
	}
	b := map[string]any{k.ListKey: items}
	return gophercloud.ValueResult[[]T]{Result: c.Post(ctx, k.URL(c), b, &gophercloud.RequestOpts{OkCodes: []int{http.StatusCreated}}), Key: k.ListKey}
}

// Update PATCHes opts under Key.
func (k Kind[T]) Update(ctx context.Context, c *gophercloud.ServiceClient, id string, opts any) gophercloud.ItemResult[T] {
	return k.resource().Update(ctx, c, k.URL(c, id), opts, nil)
}

// Delete removes one resource.
func (k Kind[T]) Delete(ctx context.Context, c *gophercloud.ServiceClient, id string) gophercloud.ErrResult {
	return k.resource().Delete(ctx, c, k.URL(c, id))
}
