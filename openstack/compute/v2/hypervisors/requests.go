package hypervisors

import (
	"context"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/pagination"
)

// ListOpts filters and pages List and ListDetail; the zero value lists
// every hypervisor.
type ListOpts struct {
	// Limit is the page size; microversion 2.33.
	Limit int `q:"limit"`
	// Marker is the ID of the last hypervisor of the previous page;
	// microversion 2.33.
	Marker string `q:"marker"`
	// HostnamePattern keeps hypervisors whose host name contains it;
	// microversion 2.53 (no paging with it).
	HostnamePattern string `q:"hypervisor_hostname_pattern"`
	// WithServers adds each hypervisor's servers; microversion 2.53.
	WithServers bool `q:"with_servers"`
}

// Validate refuses a negative Limit, and paging with a host name pattern,
// which Nova rejects.
func (opts ListOpts) Validate() error {
	if opts.Limit < 0 {
		return &gophercloud.ErrInvalidInput{Argument: "hypervisors.ListOpts.Limit", Value: opts.Limit, Reason: "must not be negative"}
	}
	if opts.HostnamePattern != "" && (opts.Limit != 0 || opts.Marker != "") {
		return &gophercloud.ErrInvalidInput{Argument: "hypervisors.ListOpts.HostnamePattern", Value: opts.HostnamePattern, Reason: "cannot be combined with Limit or Marker"}
	}
	return nil
}

func list(c *gophercloud.ServiceClient, u string, opts ListOpts) pagination.Pager[Hypervisor] {
	return pagination.NewWithQuery(c, u, opts, pagination.Linked[Hypervisor]{ItemsKey: "hypervisors", LinksKey: "hypervisors_links"})
}

// List returns a Pager over the hypervisors, with only their ID, host
// name, state and status filled; it does no I/O, so it takes no ctx.
// https://docs.openstack.org/api-ref/compute/#list-hypervisors
func List(c *gophercloud.ServiceClient, opts ListOpts) pagination.Pager[Hypervisor] {
	return list(c, hypervisorsURL(c), opts)
}

// ListDetail returns a Pager over the hypervisors with every field; it
// does no I/O, so it takes no ctx.
// https://docs.openstack.org/api-ref/compute/#list-hypervisors-details
func ListDetail(c *gophercloud.ServiceClient, opts ListOpts) pagination.Pager[Hypervisor] {
	return list(c, hypervisorsURL(c, "detail"), opts)
}

// GetOpts selects what Get adds.
type GetOpts struct {
	// WithServers adds the hypervisor's servers; microversion 2.53.
	WithServers bool `q:"with_servers"`
}

// Get shows one hypervisor by ID (an integer before 2.53, a UUID from
// then on).
// https://docs.openstack.org/api-ref/compute/#show-hypervisor-details
func Get(ctx context.Context, c *gophercloud.ServiceClient, id string, opts GetOpts) GetResult {
	q, err := gophercloud.BuildQueryString(opts)
	if err != nil {
		return GetResult{Result: gophercloud.Result{Err: err}}
	}
	return GetResult{Result: c.Get(ctx, hypervisorsURL(c, id)+q.String(), nil), Key: "hypervisor"}
}

// GetStatistics sums the capacity and usage of every hypervisor; before
// microversion 2.88 only.
// https://docs.openstack.org/api-ref/compute/#show-hypervisor-statistics-deprecated
func GetStatistics(ctx context.Context, c *gophercloud.ServiceClient) StatisticsResult {
	return StatisticsResult{Result: c.Get(ctx, hypervisorsURL(c, "statistics"), nil), Key: "hypervisor_statistics"}
}

// GetUptime shows a hypervisor's uptime (the host's "uptime" output);
// before microversion 2.88 only, where Get shows it.
// https://docs.openstack.org/api-ref/compute/#show-hypervisor-uptime-deprecated
func GetUptime(ctx context.Context, c *gophercloud.ServiceClient, id string) GetResult {
	return GetResult{Result: c.Get(ctx, hypervisorsURL(c, id, "uptime"), nil), Key: "hypervisor"}
}
