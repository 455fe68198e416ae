package gophercloud

import (
	"context"
	"net/http"
)

// Resource is the request side that every service's create, read, update
// and delete share: a member of type T travels under Key in request and
// response bodies ({"volume": {…}}), and the service has its own habits
// (Keystone PATCHes and answers 201 to a create; Cinder PUTs and answers
// 202). Each service family declares its conventions once on top of it
// and each resource package names its T and Key, so the request code is
// written here only.
//
// Every method takes the full URL: paths differ too much between services
// (detail views, nested collections, versions in the path) to be worth
// describing here.
type Resource[T any] struct {
	// Key is the envelope key of one member ("volume").
	Key string
	// UpdateMethod is http.MethodPatch for services that update with
	// PATCH, http.MethodPost for those that update with POST (Keystone
	// v2.0's OS-KSADM, Rackspace); empty means PUT.
	UpdateMethod string
	// CreateCodes, UpdateCodes and DeleteCodes, when set, are the status
	// codes that call accepts; empty means the core's defaults for the
	// method (see RequestOpts.OkCodes).
	CreateCodes, UpdateCodes, DeleteCodes []int
}

// Get reads one member.
func (r Resource[T]) Get(ctx context.Context, c *ServiceClient, url string) ItemResult[T] {
	return ItemResult[T]{Result: c.Get(ctx, url, nil), Key: r.Key}
}

// Create POSTs body under Key and reads the member the service answers
// with. body is an options struct (checked and built by BuildRequestBody)
// or the map[string]any an options builder already made, sent as is.
func (r Resource[T]) Create(ctx context.Context, c *ServiceClient, url string, body any) ItemResult[T] {
	b, err := r.body(body)
	if err != nil {
		return ItemResult[T]{Result: Result{Err: err}, Key: r.Key}
	}
	return ItemResult[T]{Result: c.Post(ctx, url, b, r.opts(r.CreateCodes, nil)), Key: r.Key}
}

// Update sends body (as for Create) with UpdateMethod, adding headers (an
// If-Match condition, say; nil for none), and reads the updated member.
func (r Resource[T]) Update(ctx context.Context, c *ServiceClient, url string, body any, headers map[string]string) ItemResult[T] {
	b, err := r.body(body)
	if err != nil {
		return ItemResult[T]{Result: Result{Err: err}, Key: r.Key}
	}
	ro := r.opts(r.UpdateCodes, headers)
	switch r.UpdateMethod {
	case http.MethodPatch:
		return ItemResult[T]{Result: c.Patch(ctx, url, b, ro), Key: r.Key}
	case http.MethodPost:
		return ItemResult[T]{Result: c.Post(ctx, url, b, ro), Key: r.Key}
	}
	return ItemResult[T]{Result: c.Put(ctx, url, b, ro), Key: r.Key}
}

// Delete deletes the member at url.
func (r Resource[T]) Delete(ctx context.Context, c *ServiceClient, url string) ErrResult {
	return ErrResult{Result: c.Delete(ctx, url, r.opts(r.DeleteCodes, nil))}
}

func (r Resource[T]) body(body any) (any, error) {
	if m, ok := body.(map[string]any); ok {
		return m, nil
	}
	return BuildRequestBody(body, r.Key)
}

func (r Resource[T]) opts(codes []int, headers map[string]string) *RequestOpts {
	if len(codes) == 0 && len(headers) == 0 {
		return nil
	}
	return &RequestOpts{OkCodes: codes, MoreHeaders: headers}
}
