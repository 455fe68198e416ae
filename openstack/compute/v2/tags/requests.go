package tags

import (
	"context"
	"net/http"
	"strings"

	"github.com/cloudsdk/gophercloud"
)

// MaxLength is the longest tag Nova accepts, in characters.
const MaxLength = 60

// ReplaceAllOpts is the new, complete list of a server's tags.
type ReplaceAllOpts struct {
	// Tags replace every tag the server has; an empty list removes them
	// all, as DeleteAll does.
	Tags []string `json:"tags"`
}

// Validate checks each tag as Nova would: not empty, at most MaxLength
// characters, no "/" or ",".
func (opts ReplaceAllOpts) Validate() error {
	for _, t := range opts.Tags {
		if err := checkTag(t); err != nil {
			return err
		}
	}
	return nil
}

func checkTag(t string) error {
	reason := ""
	switch {
	case t == "":
		reason = "must not be empty"
	case len([]rune(t)) > MaxLength:
		reason = "must be at most 60 characters"
	case strings.ContainsAny(t, "/,"):
		reason = `must not contain "/" or ","`
	default:
		return nil
	}
	return &gophercloud.ErrInvalidInput{Argument: "tags.Tag", Value: t, Reason: reason}
}

// List returns the server's tags; microversion 2.26.
// https://docs.openstack.org/api-ref/compute/#list-tags
func List(ctx context.Context, c *gophercloud.ServiceClient, serverID string) ListResult {
	return ListResult{Result: c.Get(ctx, listURL(c, serverID), nil), Key: "tags"}
}

// ReplaceAll sets the server's tags to opts.Tags and returns them;
// microversion 2.26.
// https://docs.openstack.org/api-ref/compute/#replace-tags
func ReplaceAll(ctx context.Context, c *gophercloud.ServiceClient, serverID string, opts ReplaceAllOpts) ListResult {
	b, err := gophercloud.BuildRequestBody(opts, "")
	if err != nil {
		return ListResult{Result: gophercloud.Result{Err: err}}
	}
	if opts.Tags == nil {
		b["tags"] = []string{}
	}
	return ListResult{Result: c.Put(ctx, listURL(c, serverID), b, nil), Key: "tags"}
}

// DeleteAll removes every tag of the server; microversion 2.26.
// https://docs.openstack.org/api-ref/compute/#delete-all-tags
func DeleteAll(ctx context.Context, c *gophercloud.ServiceClient, serverID string) DeleteResult {
	return DeleteResult{Result: c.Delete(ctx, listURL(c, serverID), nil)}
}

// Check asks whether the server has tag; microversion 2.26. A missing
// server also answers 404, so Check reports false for it too.
// https://docs.openstack.org/api-ref/compute/#check-tag-existence
func Check(ctx context.Context, c *gophercloud.ServiceClient, serverID, tag string) CheckResult {
	if err := checkTag(tag); err != nil {
		return CheckResult{Result: gophercloud.Result{Err: err}}
	}
	return CheckResult{Result: c.Get(ctx, tagURL(c, serverID, tag), &gophercloud.RequestOpts{OkCodes: []int{http.StatusNoContent}})}
}

// Add adds one tag to the server (201, or 204 when it already had it);
// microversion 2.26.
// https://docs.openstack.org/api-ref/compute/#add-a-single-tag
func Add(ctx context.Context, c *gophercloud.ServiceClient, serverID, tag string) AddResult {
	if err := checkTag(tag); err != nil {
		return AddResult{Result: gophercloud.Result{Err: err}}
	}
	return AddResult{Result: c.Put(ctx, tagURL(c, serverID, tag), nil, &gophercloud.RequestOpts{OkCodes: []int{http.StatusCreated, http.StatusNoContent}})}
}

// Delete removes one tag from the server; microversion 2.26. A tag the
// server does not have is a 404 (gophercloud.ErrNotFound).
// https://docs.openstack.org/api-ref/compute/#delete-a-single-tag
func Delete(ctx context.Context, c *gophercloud.ServiceClient, serverID, tag string) DeleteResult {
	if err := checkTag(tag); err != nil {
		return DeleteResult{Result: gophercloud.Result{Err: err}}
	}
	return DeleteResult{Result: c.Delete(ctx, tagURL(c, serverID, tag), nil)}
}
