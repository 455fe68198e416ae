package services

import (
	"context"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/pagination"
)

// ListOpts filters List; the zero value lists every service.
type ListOpts struct {
	// Type matches the service type exactly.
	Type string `q:"type"`
}

// List returns a Pager over the services; it does no I/O.
// https://docs.openstack.org/api-ref/identity/v3/#list-services
func List(c *gophercloud.ServiceClient, opts ListOpts) pagination.Pager[Service] {
	return kind.List(c, opts)
}

// Get shows one service.
// https://docs.openstack.org/api-ref/identity/v3/#show-service-details
func Get(ctx context.Context, c *gophercloud.ServiceClient, id string) GetResult {
	return kind.Get(ctx, c, id)
}

// CreateOpts describes a new service.
type CreateOpts struct {
	// Type is required; Enabled defaults to true.
	Type        string `json:"type" required:"true"`
	Name        string `json:"name,omitempty"`
	Description string `json:"description,omitempty"`
	Enabled     *bool  `json:"enabled,omitempty"`
}

// Create creates a service.
// https://docs.openstack.org/api-ref/identity/v3/#create-service
func Create(ctx context.Context, c *gophercloud.ServiceClient, opts CreateOpts) CreateResult {
	return kind.Create(ctx, c, opts)
}

// UpdateOpts changes a service; unset fields stay as they are.
type UpdateOpts struct {
	// Type and Name replace when not empty, the pointers when set.
	Type        string  `json:"type,omitempty"`
	Name        string  `json:"name,omitempty"`
	Description *string `json:"description,omitempty"`
	Enabled     *bool   `json:"enabled,omitempty"`
}

// Update changes a service.
// https://docs.openstack.org/api-ref/identity/v3/#update-service
func Update(ctx context.Context, c *gophercloud.ServiceClient, id string, opts UpdateOpts) UpdateResult {
	return kind.Update(ctx, c, id, opts)
}

// Delete deletes a service.
// https://docs.openstack.org/api-ref/identity/v3/#delete-service
func Delete(ctx context.Context, c *gophercloud.ServiceClient, id string) DeleteResult {
	return kind.Delete(ctx, c, id)
}
