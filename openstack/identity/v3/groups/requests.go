package groups

import (
	"context"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/pagination"
)

// ListOpts filters List; the zero value lists every group the caller may
// see.
type ListOpts struct {
	// DomainID and Name match those fields exactly.
	DomainID string `q:"domain_id"`
	Name     string `q:"name"`
}

// List returns a Pager over the groups; it does no I/O.
// https://docs.openstack.org/api-ref/identity/v3/#list-groups
func List(c *gophercloud.ServiceClient, opts ListOpts) pagination.Pager[Group] {
	return kind.List(c, opts)
}

// Get shows one group.
// https://docs.openstack.org/api-ref/identity/v3/#show-group-details
func Get(ctx context.Context, c *gophercloud.ServiceClient, id string) GetResult {
	return kind.Get(ctx, c, id)
}

// CreateOpts describes a new group.
type CreateOpts struct {
	// Name must be unique in the domain; DomainID defaults to the
	// token's domain.
	Name        string `json:"name" required:"true"`
	DomainID    string `json:"domain_id,omitempty"`
	Description string `json:"description,omitempty"`
}

// Create creates a group.
// https://docs.openstack.org/api-ref/identity/v3/#create-group
func Create(ctx context.Context, c *gophercloud.ServiceClient, opts CreateOpts) CreateResult {
	return kind.Create(ctx, c, opts)
}

// UpdateOpts changes a group; unset fields stay as they are.
type UpdateOpts struct {
	// Name renames; Description replaces when set.
	Name        string  `json:"name,omitempty"`
	Description *string `json:"description,omitempty"`
}

// Update changes a group.
// https://docs.openstack.org/api-ref/identity/v3/#update-group
func Update(ctx context.Context, c *gophercloud.ServiceClient, id string, opts UpdateOpts) UpdateResult {
	return kind.Update(ctx, c, id, opts)
}

// Delete deletes a group.
// https://docs.openstack.org/api-ref/identity/v3/#delete-group
func Delete(ctx context.Context, c *gophercloud.ServiceClient, id string) DeleteResult {
	return kind.Delete(ctx, c, id)
}
