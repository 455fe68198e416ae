package limits

import (
	"context"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/internal/crud"
	"github.com/cloudsdk/gophercloud/pagination"
)

// GetModel reads the enforcement model the cloud applies to limits.
// https://docs.openstack.org/api-ref/identity/v3/#get-enforcement-model
func GetModel(ctx context.Context, c *gophercloud.ServiceClient) ModelResult {
	return ModelResult{Result: c.Get(ctx, modelURL(c), nil), Key: "model"}
}

// ListOpts filters List; the zero value lists every limit the token may
// see (a project-scoped token sees only its project's).
type ListOpts struct {
	// Every filter matches exactly.
	ServiceID    string `q:"service_id"`
	RegionID     string `q:"region_id"`
	ResourceName string `q:"resource_name"`
	ProjectID    string `q:"project_id"`
	DomainID     string `q:"domain_id"`
}

// List returns a Pager over the limits; it does no I/O.
// https://docs.openstack.org/api-ref/identity/v3/#list-limits
func List(c *gophercloud.ServiceClient, opts ListOpts) pagination.Pager[Limit] {
	return kind.List(c, opts)
}

// Get shows one limit.
// https://docs.openstack.org/api-ref/identity/v3/#show-limit-details
func Get(ctx context.Context, c *gophercloud.ServiceClient, id string) GetResult {
	return kind.Get(ctx, c, id)
}

// CreateOpts describes one new limit. A registered limit of the same
// service, region and resource must exist first.
type CreateOpts struct {
	// ServiceID and ResourceName are required, and exactly one of
	// ProjectID and DomainID; RegionID narrows the limit to one region.
	ServiceID    string `json:"service_id" required:"true"`
	ProjectID    string `json:"project_id,omitempty" xor:"DomainID"`
	DomainID     string `json:"domain_id,omitempty"`
	RegionID     string `json:"region_id,omitempty"`
	ResourceName string `json:"resource_name" required:"true"`
	// ResourceLimit is always sent: 0 is a valid limit, -1 is unlimited
	// (Keystone takes -1 to 2147483647).
	ResourceLimit int    `json:"resource_limit"`
	Description   string `json:"description,omitempty"`
}

// Create creates one or more limits in one request: Keystone creates all
// of them or none. Extract returns them in the order given.
// https://docs.openstack.org/api-ref/identity/v3/#create-limits
func Create(ctx context.Context, c *gophercloud.ServiceClient, opts ...CreateOpts) CreateResult {
	return crud.CreateMany(ctx, c, kind, "limits.Create", opts)
}

// UpdateOpts changes a limit; only its value and description can change.
type UpdateOpts struct {
	// ResourceLimit and Description replace when set.
	ResourceLimit *int    `json:"resource_limit,omitempty"`
	Description   *string `json:"description,omitempty"`
}

// Update changes a limit.
// https://docs.openstack.org/api-ref/identity/v3/#update-limit
func Update(ctx context.Context, c *gophercloud.ServiceClient, id string, opts UpdateOpts) UpdateResult {
	return kind.Update(ctx, c, id, opts)
}

// Delete deletes a limit; the project or domain falls back to the
// registered limit's default.
// https://docs.openstack.org/api-ref/identity/v3/#delete-limit
func Delete(ctx context.Context, c *gophercloud.ServiceClient, id string) DeleteResult {
	return kind.Delete(ctx, c, id)
}
