package gophercloud

import (
	"context"
	"net/http"
	"slices"
	"strconv"
	"strings"
)

// TagSet speaks the OpenStack API guideline for tags, which Nova
// (servers), Neutron (every resource with the standard-attr-tag
// extension) and Keystone (projects) all follow: a resource's tags are a
// set of strings at <collection>/<id>/tags, one tag at
// <collection>/<id>/tags/<tag>. A resource package fixes its collection
// and the service's limits once, and each of its tag calls is one line.
//
// Every call checks the tags it sends against the guideline and the
// limits before any request: not empty, at most MaxLength characters, no
// "/" or "," (a "/" would be read as a path separator, a "," splits the
// tags=a,b list filters).
type TagSet struct {
	// Collection is the path of the resource's collection ("servers").
	Collection []string
	// MaxLength is the longest tag the service accepts, in characters
	// (Nova 60; Keystone and Neutron 255).
	MaxLength int
	// MaxTags is the most tags one resource may hold (Nova 50, Keystone
	// 80); 0 when the service sets no limit.
	MaxTags int
}

// List returns the resource's tags.
func (s TagSet) List(ctx context.Context, c *ServiceClient, id string) ValueResult[[]string] {
	return ValueResult[[]string]{Result: c.Get(ctx, s.url(c, id), nil), Key: "tags"}
}

// ReplaceAll makes tags the resource's whole set and returns the set the
// service stored; an empty or nil tags removes every tag.
func (s TagSet) ReplaceAll(ctx context.Context, c *ServiceClient, id string, tags []string) ValueResult[[]string] {
	if err := s.ValidateSet(tags); err != nil {
		return ValueResult[[]string]{Result: Result{Err: err}}
	}
	if tags == nil {
		tags = []string{} // {"tags": null} is refused; [] clears
	}
	return ValueResult[[]string]{Result: c.Put(ctx, s.url(c, id), map[string]any{"tags": tags}, nil), Key: "tags"}
}

// DeleteAll removes every tag of the resource.
func (s TagSet) DeleteAll(ctx context.Context, c *ServiceClient, id string) ErrResult {
	return ErrResult{Result: c.Delete(ctx, s.url(c, id), &RequestOpts{OkCodes: []int{http.StatusNoContent, http.StatusOK}})}
}

// Check asks whether the resource has tag: Extract is false for the
// service's 404, which a missing resource answers too.
func (s TagSet) Check(ctx context.Context, c *ServiceClient, id, tag string) ExistsResult {
	if err := s.Validate(tag); err != nil {
		return ExistsResult{Result: Result{Err: err}}
	}
	return ExistsResult{Result: c.Get(ctx, s.url(c, id, tag), &RequestOpts{OkCodes: []int{http.StatusNoContent, http.StatusOK}})}
}

// Add adds one tag (201; 204 when the resource already had it).
func (s TagSet) Add(ctx context.Context, c *ServiceClient, id, tag string) ErrResult {
	if err := s.Validate(tag); err != nil {
		return ErrResult{Result: Result{Err: err}}
	}
	return ErrResult{Result: c.Put(ctx, s.url(c, id, tag), nil, &RequestOpts{OkCodes: []int{http.StatusCreated, http.StatusNoContent}})}
}

// Delete removes one tag; a tag the resource does not have is a 404
// (ErrNotFound).
func (s TagSet) Delete(ctx context.Context, c *ServiceClient, id, tag string) ErrResult {
	if err := s.Validate(tag); err != nil {
		return ErrResult{Result: Result{Err: err}}
	}
	return ErrResult{Result: c.Delete(ctx, s.url(c, id, tag), nil)}
}

// Validate checks tags as the service would: each not empty, at most
// MaxLength characters (when set), without "/" or ",".
func (s TagSet) Validate(tags ...string) error {
	for _, t := range tags {
		reason := ""
		switch {
		case t == "":
			reason = "must not be empty"
		case s.MaxLength > 0 && len([]rune(t)) > s.MaxLength:
			reason = "must be at most " + strconv.Itoa(s.MaxLength) + " characters"
		case strings.ContainsAny(t, "/,"):
			reason = `must not contain "/" or ","`
		default:
			continue
		}
		return &ErrInvalidInput{Argument: "tag", Value: t, Reason: reason}
	}
	return nil
}

// ValidateSet checks a whole set for ReplaceAll: at most MaxTags (when
// set), each as Validate checks it.
func (s TagSet) ValidateSet(tags []string) error {
	if s.MaxTags > 0 && len(tags) > s.MaxTags {
		return &ErrInvalidInput{Argument: "tags", Value: len(tags), Reason: "at most " + strconv.Itoa(s.MaxTags) + " tags per resource"}
	}
	return s.Validate(tags...)
}

func (s TagSet) url(c *ServiceClient, id string, tag ...string) string {
	return c.ServiceURL(append(append(slices.Clone(s.Collection), id, "tags"), tag...)...)
}
