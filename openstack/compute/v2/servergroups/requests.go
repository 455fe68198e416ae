package servergroups

import (
	"context"
	"net/http"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/pagination"
)

// Scheduling policies of a server group.
const (
	PolicyAffinity     = "affinity"
	PolicyAntiAffinity = "anti-affinity"
	// PolicySoftAffinity and PolicySoftAntiAffinity are best effort;
	// microversion 2.15.
	PolicySoftAffinity     = "soft-affinity"
	PolicySoftAntiAffinity = "soft-anti-affinity"
)

// ListOpts filters List; the zero value lists the project's groups.
//
// Nova pages server groups by offset, not by link: with a Limit, List asks
// for pages of that size starting at Offset until a short page. Without a
// Limit, Nova returns one page of up to its configured maximum
// (osapi_max_limit, 1000 by default).
type ListOpts struct {
	// AllProjects lists the groups of every project; admin only.
	AllProjects bool `q:"all_projects"`
	// Limit is the page size.
	Limit int `q:"limit"`
	// Offset skips that many groups.
	Offset int `q:"offset"`
}

// Validate checks the rules the tags cannot express; List calls it
// through the query builder.
func (opts ListOpts) Validate() error {
	if opts.Limit < 0 || opts.Offset < 0 {
		return &gophercloud.ErrInvalidInput{Argument: "servergroups.ListOpts", Value: opts, Reason: "Limit and Offset must not be negative"}
	}
	return nil
}

// List returns a Pager over the server groups; with a Limit it walks every
// page by offset (pagination.Offset), without one it is the one page Nova
// returns (at most its max_limit). opts may be nil.
// https://docs.openstack.org/api-ref/compute/#list-server-groups
func List(c *gophercloud.ServiceClient, opts ListOpts) pagination.Pager[ServerGroup] {
	return pagination.NewWithQuery(c, listURL(c), opts, pagination.Offset[ServerGroup]{ItemsKey: "server_groups"})
}

// Get shows one server group. https://docs.openstack.org/api-ref/compute/#show-server-group-details
func Get(ctx context.Context, c *gophercloud.ServiceClient, id string) GetResult {
	return GetResult{Result: c.Get(ctx, groupURL(c, id), nil), Key: "server_group"}
}

// CreateOpts describes a new server group. Set exactly one of Policies
// (any microversion before 2.64) and Policy (2.64 or later).
type CreateOpts struct {
	// Name of the group; names need not be unique.
	Name string `json:"name" required:"true"`
	// Policies holds exactly one policy; for microversions before 2.64.
	Policies []string `json:"policies,omitempty" xor:"Policy"`
	// Policy is the group's policy; microversion 2.64.
	Policy string `json:"policy,omitempty"`
	// Rules tune the policy; microversion 2.64, anti-affinity only.
	Rules *Rules `json:"rules,omitempty"`
}

// Validate checks the combinations the tags cannot express; Create calls
// it through the body builder.
func (opts CreateOpts) Validate() error {
	if opts.Rules != nil && opts.Policy == "" {
		return &gophercloud.ErrInvalidInput{Argument: "servergroups.CreateOpts.Rules", Value: *opts.Rules,
			Reason: "rules need Policy (microversion 2.64); they cannot be combined with Policies"}
	}
	if opts.Rules != nil && opts.Rules.MaxServerPerHost < 0 {
		return &gophercloud.ErrInvalidInput{Argument: "servergroups.Rules.MaxServerPerHost", Value: opts.Rules.MaxServerPerHost, Reason: "must not be negative"}
	}
	if len(opts.Policies) > 1 {
		return &gophercloud.ErrInvalidInput{Argument: "servergroups.CreateOpts.Policies", Value: opts.Policies, Reason: "Nova accepts exactly one policy"}
	}
	return nil
}

// Create makes a server group. https://docs.openstack.org/api-ref/compute/#create-server-group
func Create(ctx context.Context, c *gophercloud.ServiceClient, opts CreateOpts) CreateResult {
	b, err := gophercloud.BuildRequestBody(opts, "server_group")
	if err != nil {
		return CreateResult{Result: gophercloud.Result{Err: err}}
	}
	return CreateResult{Result: c.Post(ctx, listURL(c), b, &gophercloud.RequestOpts{OkCodes: []int{http.StatusOK}}), Key: "server_group"}
}

// Delete removes a server group; its servers keep running.
// https://docs.openstack.org/api-ref/compute/#delete-server-group
func Delete(ctx context.Context, c *gophercloud.ServiceClient, id string) DeleteResult {
	return DeleteResult{Result: c.Delete(ctx, groupURL(c, id), &gophercloud.RequestOpts{OkCodes: []int{http.StatusNoContent}})}
}
