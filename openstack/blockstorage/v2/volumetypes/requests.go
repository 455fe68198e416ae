package volumetypes

import (
	"context"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/blockstorage/internal"
	"github.com/cloudsdk/gophercloud/pagination"
)

// ListOpts filters List; the zero value lists the public types.
type ListOpts struct {
	// IsPublic is "true", "false" or "none" (both; admin only).
	IsPublic string `q:"is_public"`
}

// List returns a Pager over the volume types (one page).
// https://docs.openstack.org/api-ref/block-storage/v2/#list-all-volume-types
func List(c *gophercloud.ServiceClient, opts ListOpts) pagination.Pager[VolumeType] {
	return internal.List[VolumeType](c, kind, opts)
}

// Get shows one volume type.
// https://docs.openstack.org/api-ref/block-storage/v2/#show-volume-type-details
func Get(ctx context.Context, c *gophercloud.ServiceClient, id string) GetResult {
	return internal.Get[VolumeType](ctx, c, kind, id)
}

// CreateOpts describes a volume type.
type CreateOpts struct {
	Name        string `json:"name" required:"true"`
	Description string `json:"description,omitempty"`
	// IsPublic, when false, makes a private type; nil leaves it public.
	IsPublic   *bool             `json:"os-volume-type-access:is_public,omitempty"`
	ExtraSpecs map[string]string `json:"extra_specs,omitempty"`
}

// Create creates a volume type; admin only.
// https://docs.openstack.org/api-ref/block-storage/v2/#create-volume-type
func Create(ctx context.Context, c *gophercloud.ServiceClient, opts CreateOpts) CreateResult {
	return internal.Create[VolumeType](ctx, c, kind, opts, nil)
}

// UpdateOpts changes a type; nil pointers leave a field as it is.
type UpdateOpts struct {
	Name        *string `json:"name,omitempty"`
	Description *string `json:"description,omitempty"`
	IsPublic    *bool   `json:"is_public,omitempty"`
}

// Update changes a volume type; admin only.
// https://docs.openstack.org/api-ref/block-storage/v2/#update-volume-type
func Update(ctx context.Context, c *gophercloud.ServiceClient, id string, opts UpdateOpts) UpdateResult {
	return internal.Update[VolumeType](ctx, c, kind, id, opts)
}

// Delete deletes a volume type no volume uses; admin only.
// https://docs.openstack.org/api-ref/block-storage/v2/#delete-volume-type
func Delete(ctx context.Context, c *gophercloud.ServiceClient, id string) DeleteResult {
	return internal.Delete(ctx, c, kind, id, nil)
}

// ListExtraSpecs shows a type's extra specs.
// https://docs.openstack.org/api-ref/block-storage/v2/#show-all-extra-specifications-for-volume-type
func ListExtraSpecs(ctx context.Context, c *gophercloud.ServiceClient, id string) ExtraSpecsResult {
	return internal.ListExtraSpecs(ctx, c, kind, id)
}

// CreateExtraSpecs adds or overwrites extra specs; specs must not be
// empty.
// https://docs.openstack.org/api-ref/block-storage/v2/#create-or-update-extra-specifications-for-volume-type
func CreateExtraSpecs(ctx context.Context, c *gophercloud.ServiceClient, id string, specs map[string]string) ExtraSpecsResult {
	return internal.CreateExtraSpecs(ctx, c, kind, id, "volumetypes.CreateExtraSpecs", specs)
}

// GetExtraSpec shows one extra spec; Extract returns {key: value}.
// https://docs.openstack.org/api-ref/block-storage/v2/#show-extra-specification-for-volume-type
func GetExtraSpec(ctx context.Context, c *gophercloud.ServiceClient, id, key string) ExtraSpecsResult {
	return internal.GetExtraSpec(ctx, c, kind, id, key)
}

// UpdateExtraSpec sets one extra spec.
// https://docs.openstack.org/api-ref/block-storage/v2/#update-extra-specification-for-volume-type
func UpdateExtraSpec(ctx context.Context, c *gophercloud.ServiceClient, id, key, value string) ExtraSpecsResult {
	return internal.UpdateExtraSpec(ctx, c, kind, id, key, value)
}

// DeleteExtraSpec deletes one extra spec.
// https://docs.openstack.org/api-ref/block-storage/v2/#delete-extra-specification-for-volume-type
func DeleteExtraSpec(ctx context.Context, c *gophercloud.ServiceClient, id, key string) DeleteResult {
	return internal.DeleteExtraSpec(ctx, c, kind, id, key)
}
