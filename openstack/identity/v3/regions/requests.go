package regions

import (
	"context"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/pagination"
)

// ListOpts filters List; the zero value lists every region.
type ListOpts struct {
	// ParentRegionID lists the regions inside that one.
	ParentRegionID string `q:"parent_region_id"`
}

// List returns a Pager over the regions; it does no I/O.
// https://docs.openstack.org/api-ref/identity/v3/#list-regions
func List(c *gophercloud.ServiceClient, opts ListOpts) pagination.Pager[Region] {
	return kind.List(c, opts)
}

// Get shows one region.
// https://docs.openstack.org/api-ref/identity/v3/#show-region-details
func Get(ctx context.Context, c *gophercloud.ServiceClient, id string) GetResult {
	return kind.Get(ctx, c, id)
}

// CreateOpts describes a new region; every field is optional (Keystone
// makes up an ID when none is given).
type CreateOpts struct {
	ID             string `json:"id,omitempty"`
	Description    string `json:"description,omitempty"`
	ParentRegionID string `json:"parent_region_id,omitempty"`
}

// Create creates a region.
// https://docs.openstack.org/api-ref/identity/v3/#create-region
func Create(ctx context.Context, c *gophercloud.ServiceClient, opts CreateOpts) CreateResult {
	return kind.Create(ctx, c, opts)
}

// UpdateOpts changes a region; unset fields stay as they are.
type UpdateOpts struct {
	// Description and ParentRegionID replace when set.
	Description    *string `json:"description,omitempty"`
	ParentRegionID *string `json:"parent_region_id,omitempty"`
}

// Update changes a region.
// https://docs.openstack.org/api-ref/identity/v3/#update-region
func Update(ctx context.Context, c *gophercloud.ServiceClient, id string, opts UpdateOpts) UpdateResult {
	return kind.Update(ctx, c, id, opts)
}

// Delete deletes a region.
// https://docs.openstack.org/api-ref/identity/v3/#delete-region
func Delete(ctx context.Context, c *gophercloud.ServiceClient, id string) DeleteResult {
	return kind.Delete(ctx, c, id)
}
