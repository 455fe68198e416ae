// Package internal holds the calls that Cinder's v1, v2 and v3 APIs share:
// the same CRUD, metadata and action requests on different paths, keys
// and resource structs. Each public package declares its own types and
// calls these generic functions with them, so the request code is written
// once and go doc still shows every field.
package internal

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/blockstorage"
	"github.com/cloudsdk/gophercloud/pagination"
)

// Kind names one Cinder resource: its collection path and JSON keys.
type Kind struct {
	// Collection is the path segment ("volumes", "snapshots", "types").
	Collection string
	// Key is the single-resource envelope key ("volume").
	Key string
	// ListKey is the list envelope key ("volumes").
	ListKey string
	// Detail lists through /<collection>/detail.
	Detail bool
	// LinksKey, when set, is the key of the next-page links
	// ("volumes_links", v2 and v3); without it a list is one page.
	LinksKey string
}

// Get shows one resource.
func Get[T any](ctx context.Context, c *gophercloud.ServiceClient, k Kind, id string) gophercloud.ItemResult[T] {
	return gophercloud.Resource[T]{Key: k.Key}.Get(ctx, c, c.ServiceURL(k.Collection, id))
}

// Create POSTs opts (checked by BuildRequestBody) under the resource key.
// extra, when not nil, adds top-level keys next to it (scheduler hints).
func Create[T any](ctx context.Context, c *gophercloud.ServiceClient, k Kind, opts any, extra map[string]any) gophercloud.ItemResult[T] {
	r := gophercloud.Resource[T]{Key: k.Key}
	if len(extra) == 0 {
		return r.Create(ctx, c, c.ServiceURL(k.Collection), opts)
	}
	b, err := gophercloud.BuildRequestBody(opts, k.Key)
	if err != nil {
		return gophercloud.ItemResult[T]{Result: gophercloud.Result{Err: err}, Key: k.Key}
	}
	maps.Copy(b, extra)
	return r.Create(ctx, c, c.ServiceURL(k.Collection), b)
}

// Update PUTs opts under the resource key.
func Update[T any](ctx context.Context, c *gophercloud.ServiceClient, k Kind, id string, opts any) gophercloud.ItemResult[T] {
	return gophercloud.Resource[T]{Key: k.Key}.Update(ctx, c, c.ServiceURL(k.Collection, id), opts, nil)
}

// Delete deletes one resource; opts (a struct with q tags, or nil) becomes
// the query string.
func Delete(ctx context.Context, c *gophercloud.ServiceClient, k Kind, id string, opts any) gophercloud.ErrResult {
	q, err := gophercloud.BuildQueryString(opts)
	if err != nil {
		return gophercloud.ErrResult{Result: gophercloud.Result{Err: err}}
	}
	return gophercloud.ErrResult{Result: c.Delete(ctx, c.ServiceURL(k.Collection, id)+q.String(), nil)}
}

// List returns a Pager over the collection (its detail view when k.Detail).
func List[T any](c *gophercloud.ServiceClient, k Kind, opts any) pagination.Pager[T] {
	u := c.ServiceURL(k.Collection)
	if k.Detail {
		u = c.ServiceURL(k.Collection, "detail")
	}
	if k.LinksKey == "" {
		return pagination.NewWithQuery(c, u, opts, pagination.Single[T]{ItemsKey: k.ListKey})
	}
	return pagination.NewWithQuery(c, u, opts, pagination.Linked[T]{ItemsKey: k.ListKey, LinksKey: k.LinksKey})
}

// MetadataResult is the result of the metadata calls: a map under
// "metadata".
type MetadataResult = gophercloud.ValueResult[map[string]string]

// GetMetadata shows a resource's metadata.
func GetMetadata(ctx context.Context, c *gophercloud.ServiceClient, k Kind, id string) MetadataResult {
	return MetadataResult{Result: c.Get(ctx, c.ServiceURL(k.Collection, id, "metadata"), nil), Key: "metadata"}
}

// SetMetadata replaces (PUT) or merges (POST) a resource's metadata.
func SetMetadata(ctx context.Context, c *gophercloud.ServiceClient, k Kind, id string, md map[string]string, replace bool) MetadataResult {
	if md == nil {
		md = map[string]string{}
	}
	body := map[string]any{"metadata": md}
	u := c.ServiceURL(k.Collection, id, "metadata")
	if replace {
		return MetadataResult{Result: c.Put(ctx, u, body, nil), Key: "metadata"}
	}
	return MetadataResult{Result: c.Post(ctx, u, body, nil), Key: "metadata"}
}

// DeleteMetadatum deletes one metadata key.
func DeleteMetadatum(ctx context.Context, c *gophercloud.ServiceClient, k Kind, id, key string) gophercloud.ErrResult {
	return gophercloud.ErrResult{Result: c.Delete(ctx, c.ServiceURL(k.Collection, id, "metadata", key), &gophercloud.RequestOpts{OkCodes: []int{http.StatusOK, http.StatusNoContent}})}
}

// Action POSTs {name: arg} to /<collection>/<id>/action. arg nil sends
// {name: null}, as os-reserve and friends expect; an options struct is
// checked by BuildRequestBody first.
func Action(ctx context.Context, c *gophercloud.ServiceClient, k Kind, id, name string, arg any) gophercloud.Result {
	var inner any
	if arg != nil {
		b, err := gophercloud.BuildRequestBody(arg, "")
		if err != nil {
			return gophercloud.Result{Err: err}
		}
		inner = b
	}
	return c.Post(ctx, c.ServiceURL(k.Collection, id, "action"), map[string]any{name: inner}, nil)
}

// Status is what WaitForStatus needs of a resource.
type Status struct {
	// Status is the current status ("available").
	Status string
	// Reason explains an error status, when the service says why.
	Reason string
}

// ErrorStates are the statuses Cinder leaves a volume, snapshot or backup
// in when an operation failed; a wait stops at any of them.
var ErrorStates = []string{"error", "error_extending", "error_deleting", "error_restoring", "error_managing", "error_backing-up", "error_unmanaging"}

// StatusDeleted, as the status WaitForStatus waits for, means "until Get
// answers 404".
const StatusDeleted = "deleted"

// WaitForStatus polls get until the resource reaches status, reaches an
// error state (the error names it and the reason, when there is one), or
// ctx ends. what names the resource in errors ("volume 1234").
func WaitForStatus(ctx context.Context, what, status string, opts gophercloud.WaitOpts, get func(context.Context) (Status, error), reason func(context.Context) string) error {
	if status == "" {
		return &gophercloud.ErrMissingInput{Argument: "status"}
	}
	last := ""
	err := gophercloud.WaitFor(ctx, opts.Interval, func(ctx context.Context) (bool, error) {
		s, err := get(ctx)
		if err != nil {
			if status == StatusDeleted && errors.Is(err, gophercloud.ErrNotFound) {
				return true, nil
			}
			return false, err
		}
		last = s.Status
		if strings.EqualFold(s.Status, status) {
			return true, nil
		}
		if slices.Contains(ErrorStates, strings.ToLower(s.Status)) {
			r := s.Reason
			if r == "" && reason != nil {
				r = reason(ctx)
			}
			if r == "" {
				r = "the service gave no reason"
			}
			return false, &blockstorage.ErrStatus{What: what, Status: s.Status, Want: status, Reason: r}
		}
		return false, nil
	})
	if err != nil && ctx.Err() != nil && !errors.Is(err, gophercloud.ErrTimeout) {
		// The deadline hit during a poll rather than between two.
		err = fmt.Errorf("%w: %w", gophercloud.ErrTimeout, ctx.Err())
	}
	if err != nil && errors.Is(err, gophercloud.ErrTimeout) && last != "" {
		return fmt.Errorf("%s: still %q, waiting for %q: %w", what, last, status, err)
	}
	return err
}

// LastMessage returns the newest user message Cinder recorded for a
// resource (GET /messages, microversion 3.3), "" when there is none or the
// call fails: it explains why a volume went to "error".
func LastMessage(ctx context.Context, c *gophercloud.ServiceClient, resourceID string) string {
	// Cinder filters messages only from 3.5 on; below that it ignores
	// resource_uuid and answers with the project's newest message, about
	// anything. The check of resource_uuid keeps such a stray message from
	// being given as this resource's reason.
	mc := c.WithMicroversion("3.5")
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	r := mc.Get(ctx, mc.ServiceURL("messages")+"?resource_uuid="+url.QueryEscape(resourceID)+"&sort=created_at:desc&limit=1", nil)
	msgs, err := gophercloud.ExtractSlice[struct {
		ResourceUUID string `json:"resource_uuid"`
		UserMessage  string `json:"user_message"`
	}](r, "messages")
	if err != nil || len(msgs) == 0 || msgs[0].ResourceUUID != resourceID {
		return ""
	}
	return msgs[0].UserMessage
}

// WaitFor is WaitForStatus for a resource of kind k whose status statusOf
// reads; the reason for an error state is Cinder's newest user message
// about it.
func WaitFor[T any](ctx context.Context, c *gophercloud.ServiceClient, k Kind, id, status string, opts gophercloud.WaitOpts, statusOf func(*T) string) error {
	return WaitForStatus(ctx, k.Key+" "+id, status, opts,
		func(ctx context.Context) (Status, error) {
			v, err := Get[T](ctx, c, k, id).Extract()
			if err != nil {
				return Status{}, err
			}
			return Status{Status: statusOf(v)}, nil
		},
		func(ctx context.Context) string { return LastMessage(ctx, c, id) })
}
