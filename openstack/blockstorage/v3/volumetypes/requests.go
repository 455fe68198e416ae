package volumetypes

import (
	"context"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/blockstorage/internal"
	"github.com/cloudsdk/gophercloud/pagination"
)

// ListOpts filters, sorts and pages List.
type ListOpts struct {
	// IsPublic "true", "false" or "none" (both; admin). Empty lists the
	// public types and, for admins, every type.
	IsPublic string `q:"is_public"`
	Sort     string `q:"sort"`
	Limit    int    `q:"limit"`
	Marker   string `q:"marker"`
}

// List returns a Pager over the volume types.
// https://docs.openstack.org/api-ref/block-storage/v3/#list-all-volume-types
func List(c *gophercloud.ServiceClient, opts ListOpts) pagination.Pager[VolumeType] {
	return internal.List[VolumeType](c, kind, opts)
}

// Get shows one volume type.
// https://docs.openstack.org/api-ref/block-storage/v3/#show-volume-type-detail
func Get(ctx context.Context, c *gophercloud.ServiceClient, id string) GetResult {
	return internal.Get[VolumeType](ctx, c, kind, id)
}

// CreateOpts describes a volume type.
type CreateOpts struct {
	Name        string `json:"name" required:"true"`
	Description string `json:"description,omitempty"`
	// IsPublic nil makes a public type; false a private one.
	IsPublic   *bool             `json:"os-volume-type-access:is_public,omitempty"`
	ExtraSpecs map[string]string `json:"extra_specs,omitempty"`
}

// Create creates a volume type; admin only.
// https://docs.openstack.org/api-ref/block-storage/v3/#create-a-volume-type
func Create(ctx context.Context, c *gophercloud.ServiceClient, opts CreateOpts) CreateResult {
	return internal.Create[VolumeType](ctx, c, kind, opts, nil)
}

// UpdateOpts changes a volume type; nil leaves a field as it is.
type UpdateOpts struct {
	Name        *string `json:"name,omitempty"`
	Description *string `json:"description,omitempty"`
	IsPublic    *bool   `json:"is_public,omitempty"`
}

// Update changes a volume type; admin only.
// https://docs.openstack.org/api-ref/block-storage/v3/#update-a-volume-type
func Update(ctx context.Context, c *gophercloud.ServiceClient, id string, opts UpdateOpts) UpdateResult {
	return internal.Update[VolumeType](ctx, c, kind, id, opts)
}

// Delete deletes a volume type no volume uses; admin only.
// https://docs.openstack.org/api-ref/block-storage/v3/#delete-a-volume-type
func Delete(ctx context.Context, c *gophercloud.ServiceClient, id string) DeleteResult {
	return internal.Delete(ctx, c, kind, id, nil)
}

// ListExtraSpecs shows a type's extra specs.
// https://docs.openstack.org/api-ref/block-storage/v3/#show-all-extra-specifications-for-volume-type
func ListExtraSpecs(ctx context.Context, c *gophercloud.ServiceClient, id string) ExtraSpecsResult {
	return internal.ListExtraSpecs(ctx, c, kind, id)
}

// CreateExtraSpecs adds or overwrites extra specs of a type.
// https://docs.openstack.org/api-ref/block-storage/v3/#create-or-update-extra-specs-for-volume-type
func CreateExtraSpecs(ctx context.Context, c *gophercloud.ServiceClient, id string, specs map[string]string) ExtraSpecsResult {
	return internal.CreateExtraSpecs(ctx, c, kind, id, "volumetypes.CreateExtraSpecs", specs)
}

// GetExtraSpec shows one extra spec; Extract returns {key: value}.
// https://docs.openstack.org/api-ref/block-storage/v3/#show-extra-specification-for-volume-type
func GetExtraSpec(ctx context.Context, c *gophercloud.ServiceClient, id, key string) ExtraSpecResult {
	return internal.GetExtraSpec(ctx, c, kind, id, key)
}

// UpdateExtraSpec sets one extra spec.
// https://docs.openstack.org/api-ref/block-storage/v3/#update-extra-specification-for-volume-type
func UpdateExtraSpec(ctx context.Context, c *gophercloud.ServiceClient, id, key, value string) ExtraSpecResult {
	return internal.UpdateExtraSpec(ctx, c, kind, id, key, value)
}

// DeleteExtraSpec deletes one extra spec.
// https://docs.openstack.org/api-ref/block-storage/v3/#delete-extra-specification-for-volume-type
func DeleteExtraSpec(ctx context.Context, c *gophercloud.ServiceClient, id, key string) DeleteResult {
	return internal.DeleteExtraSpec(ctx, c, kind, id, key)
}

// ListAccess lists the projects that may use a private type; admin only.
// https://docs.openstack.org/api-ref/block-storage/v3/#list-private-volume-type-access-detail
func ListAccess(ctx context.Context, c *gophercloud.ServiceClient, id string) AccessResult {
	return AccessResult{Result: c.Get(ctx, accessURL(c, id), nil), Key: "volume_type_access"}
}

type projectOpts struct {
	Project string `json:"project" required:"true"`
}

// AddAccess lets a project use a private type (addProjectAccess).
// https://docs.openstack.org/api-ref/block-storage/v3/#add-private-volume-type-access-to-project
func AddAccess(ctx context.Context, c *gophercloud.ServiceClient, id, projectID string) AccessActionResult {
	return AccessActionResult{Result: internal.Action(ctx, c, kind, id, "addProjectAccess", projectOpts{projectID})}
}

// RemoveAccess withdraws a project's use of a private type
// (removeProjectAccess).
// https://docs.openstack.org/api-ref/block-storage/v3/#remove-private-volume-type-access-from-project
func RemoveAccess(ctx context.Context, c *gophercloud.ServiceClient, id, projectID string) AccessActionResult {
	return AccessActionResult{Result: internal.Action(ctx, c, kind, id, "removeProjectAccess", projectOpts{projectID})}
}
