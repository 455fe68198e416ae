package services

import (
	"context"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/pagination"
)

// Status values of Service.Status and UpdateOpts.Status.
const (
	StatusEnabled  = "enabled"
	StatusDisabled = "disabled"
)

// ListOpts filters List; the zero value lists every service.
type ListOpts struct {
	// Binary keeps one kind of service ("nova-compute").
	Binary string `q:"binary"`
	// Host keeps the services of one host.
	Host string `q:"host"`
}

// List returns a Pager (of one page) over the services; it does no I/O,
// so it takes no ctx.
// https://docs.openstack.org/api-ref/compute/#list-compute-services
func List(c *gophercloud.ServiceClient, opts ListOpts) pagination.Pager[Service] {
	return pagination.NewWithQuery(c, listURL(c), opts, pagination.Single[Service]{ItemsKey: "services"})
}

// UpdateOpts changes a service; set at least one field.
type UpdateOpts struct {
	// Status is StatusEnabled or StatusDisabled; a disabled
	// nova-compute gets no new servers.
	Status string `json:"status,omitempty" or:"ForcedDown"`
	// DisabledReason says why; only with Status StatusDisabled.
	DisabledReason string `json:"disabled_reason,omitempty"`
	// ForcedDown marks the service down at once (true) or lets its
	// heartbeat count again (false), for evacuating a failed host.
	ForcedDown *bool `json:"forced_down,omitempty" or:"Status"`
}

// Validate checks Status and that a reason goes with disabling.
func (opts UpdateOpts) Validate() error {
	switch opts.Status {
	case "", StatusEnabled, StatusDisabled:
	default:
		return &gophercloud.ErrInvalidInput{Argument: "services.UpdateOpts.Status", Value: opts.Status, Reason: `must be "enabled" or "disabled"`}
	}
	if opts.DisabledReason != "" && opts.Status != StatusDisabled {
		return &gophercloud.ErrInvalidInput{Argument: "services.UpdateOpts.DisabledReason", Value: opts.DisabledReason, Reason: `needs Status "disabled"`}
	}
	return nil
}

// Update enables, disables or forces down a service by its UUID;
// microversion 2.53.
// https://docs.openstack.org/api-ref/compute/#update-compute-service
func Update(ctx context.Context, c *gophercloud.ServiceClient, id string, opts UpdateOpts) UpdateResult {
	b, err := gophercloud.BuildRequestBody(opts, "")
	if err != nil {
		return UpdateResult{Result: gophercloud.Result{Err: err}}
	}
	return UpdateResult{Result: c.Put(ctx, serviceURL(c, id), b, &gophercloud.RequestOpts{OkCodes: []int{200}}), Key: "service"}
}

// Delete removes a service record (its UUID from 2.53, the integer ID
// before); for nova-compute, also its compute nodes. Stop the service
// first, or it registers again.
// https://docs.openstack.org/api-ref/compute/#delete-compute-service
func Delete(ctx context.Context, c *gophercloud.ServiceClient, id string) DeleteResult {
	return DeleteResult{Result: c.Delete(ctx, serviceURL(c, id), nil)}
}
