package volumetypes

import (
	"context"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/blockstorage/internal"
	"github.com/cloudsdk/gophercloud/pagination"
)

// List returns a Pager over the volume types (one page).
func List(c *gophercloud.ServiceClient) pagination.Pager[VolumeType] {
	return internal.List[VolumeType](c, kind, nil)
}

// Get shows one volume type.
func Get(ctx context.Context, c *gophercloud.ServiceClient, id string) GetResult {
	return internal.Get[VolumeType](ctx, c, kind, id)
}

// CreateOpts describes a volume type.
type CreateOpts struct {
	Name       string            `json:"name" required:"true"`
	ExtraSpecs map[string]string `json:"extra_specs,omitempty"`
}

// Create creates a volume type; admin only.
func Create(ctx context.Context, c *gophercloud.ServiceClient, opts CreateOpts) CreateResult {
	return internal.Create[VolumeType](ctx, c, kind, opts, nil)
}

// Delete deletes a volume type no volume uses; admin only.
func Delete(ctx context.Context, c *gophercloud.ServiceClient, id string) DeleteResult {
	return internal.Delete(ctx, c, kind, id, nil)
}

// ListExtraSpecs shows a type's extra specs.
func ListExtraSpecs(ctx context.Context, c *gophercloud.ServiceClient, id string) ExtraSpecsResult {
	return internal.ListExtraSpecs(ctx, c, kind, id)
}

// CreateExtraSpecs adds or overwrites extra specs; specs must not be
// empty.
func CreateExtraSpecs(ctx context.Context, c *gophercloud.ServiceClient, id string, specs map[string]string) ExtraSpecsResult {
	return internal.CreateExtraSpecs(ctx, c, kind, id, "volumetypes.CreateExtraSpecs", specs)
}

// DeleteExtraSpec deletes one extra spec.
func DeleteExtraSpec(ctx context.Context, c *gophercloud.ServiceClient, id, key string) DeleteResult {
	return internal.DeleteExtraSpec(ctx, c, kind, id, key)
}
