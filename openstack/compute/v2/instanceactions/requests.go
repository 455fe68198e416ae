package instanceactions

import (
	"context"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/pagination"
)

// ListOpts filters and pages List; the zero value lists every action, in
// one page before 2.58.
type ListOpts struct {
	// Limit is the page size; microversion 2.58.
	Limit int `q:"limit"`
	// Marker is the request ID of the last action of the previous page;
	// microversion 2.58.
	Marker string `q:"marker"`
	// ChangesSince lists actions updated at or after this time;
	// microversion 2.58.
	ChangesSince time.Time `q:"changes-since"`
	// ChangesBefore lists actions updated before this time; microversion
	// 2.66.
	ChangesBefore time.Time `q:"changes-before"`
}

// Validate refuses a negative Limit and a window that ends before it
// starts.
func (opts ListOpts) Validate() error {
	if opts.Limit < 0 {
		return &gophercloud.ErrInvalidInput{Argument: "instanceactions.ListOpts.Limit", Value: opts.Limit, Reason: "must not be negative"}
	}
	if !opts.ChangesSince.IsZero() && !opts.ChangesBefore.IsZero() && opts.ChangesBefore.Before(opts.ChangesSince) {
		return &gophercloud.ErrInvalidInput{Argument: "instanceactions.ListOpts.ChangesBefore", Value: opts.ChangesBefore, Reason: "must not be before ChangesSince"}
	}
	return nil
}

// List returns a Pager over the server's actions, newest first; it does
// no I/O, so it takes no ctx. From 2.58 it follows the "links" Nova sends
// when a page is full.
// https://docs.openstack.org/api-ref/compute/#list-actions-for-server
func List(c *gophercloud.ServiceClient, serverID string, opts ListOpts) pagination.Pager[Action] {
	return pagination.NewWithQuery(c, listURL(c, serverID), opts,
		pagination.Linked[Action]{ItemsKey: "instanceActions", LinksKey: "links"})
}

// Get shows one action, with its events, by its request ID.
// https://docs.openstack.org/api-ref/compute/#show-server-action-details
func Get(ctx context.Context, c *gophercloud.ServiceClient, serverID, requestID string) GetResult {
	return GetResult{Result: c.Get(ctx, actionURL(c, serverID, requestID), nil), Key: "instanceAction"}
}
