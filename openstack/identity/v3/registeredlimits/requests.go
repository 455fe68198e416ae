package registeredlimits

import (
	"context"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/internal/crud"
	"github.com/cloudsdk/gophercloud/pagination"
)

// ListOpts filters List; the zero value lists every registered limit.
type ListOpts struct {
	// ServiceID, RegionID and ResourceName match exactly.
	ServiceID    string `q:"service_id"`
	RegionID     string `q:"region_id"`
	ResourceName string `q:"resource_name"`
}

// List returns a Pager over the registered limits; it does no I/O.
// https://docs.openstack.org/api-ref/identity/v3/#list-registered-limits
func List(c *gophercloud.ServiceClient, opts ListOpts) pagination.Pager[RegisteredLimit] {
	return kind.List(c, opts)
}

// Get shows one registered limit.
// https://docs.openstack.org/api-ref/identity/v3/#show-registered-limit-details
func Get(ctx context.Context, c *gophercloud.ServiceClient, id string) GetResult {
	return kind.Get(ctx, c, id)
}

// CreateOpts describes one new registered limit.
type CreateOpts struct {
	// ServiceID and ResourceName are required; RegionID narrows the
	// limit to one region.
	ServiceID    string `json:"service_id" required:"true"`
	RegionID     string `json:"region_id,omitempty"`
	ResourceName string `json:"resource_name" required:"true"`
	// DefaultLimit is always sent: 0 is a valid limit, -1 is unlimited
	// (Keystone takes -1 to 2147483647).
	DefaultLimit int    `json:"default_limit"`
	Description  string `json:"description,omitempty"`
}

// Create creates one or more registered limits in one request: Keystone
// creates all of them or none (a duplicate service, region and resource
// is a 409). Extract returns them in the order given.
// https://docs.openstack.org/api-ref/identity/v3/#create-registered-limits
func Create(ctx context.Context, c *gophercloud.ServiceClient, opts ...CreateOpts) CreateResult {
	return crud.CreateMany(ctx, c, kind, "registeredlimits.Create", opts)
}

// UpdateOpts changes a registered limit; unset fields stay as they are.
// Keystone refuses to move (ServiceID, RegionID, ResourceName) a
// registered limit that project limits already refer to.
type UpdateOpts struct {
	// ServiceID, RegionID and ResourceName replace when not empty, the
	// pointers when set.
	ServiceID    string  `json:"service_id,omitempty"`
	RegionID     string  `json:"region_id,omitempty"`
	ResourceName string  `json:"resource_name,omitempty"`
	DefaultLimit *int    `json:"default_limit,omitempty"`
	Description  *string `json:"description,omitempty"`
}

// Update changes a registered limit.
// https://docs.openstack.org/api-ref/identity/v3/#update-registered-limit
func Update(ctx context.Context, c *gophercloud.ServiceClient, id string, opts UpdateOpts) UpdateResult {
	return kind.Update(ctx, c, id, opts)
}

// Delete deletes a registered limit; Keystone refuses (403) while
// project limits of the same resource exist.
// https://docs.openstack.org/api-ref/identity/v3/#delete-registered-limit
func Delete(ctx context.Context, c *gophercloud.ServiceClient, id string) DeleteResult {
	return kind.Delete(ctx, c, id)
}
