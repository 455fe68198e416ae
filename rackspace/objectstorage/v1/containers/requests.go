package containers

import (
	"context"

	"github.com/cloudsdk/gophercloud"
	oscontainers "github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/containers"
	"github.com/cloudsdk/gophercloud/pagination"
)

// Options, the same as OpenStack's.
type (
	// ListOpts filters and pages List and ListNames.
	ListOpts = oscontainers.ListOpts
	// CreateOpts are the settings of a new container.
	CreateOpts = oscontainers.CreateOpts
	// GetOpts tunes Get.
	GetOpts = oscontainers.GetOpts
	// UpdateOpts are the changes Update makes.
	UpdateOpts = oscontainers.UpdateOpts
)

// List returns a Pager over the containers with their counts and sizes;
// it does no I/O, so it takes no ctx.
func List(c *gophercloud.ServiceClient, opts ListOpts) pagination.Pager[Container] {
	return oscontainers.List(c, opts)
}

// ListNames returns a Pager over the container names only.
func ListNames(c *gophercloud.ServiceClient, opts ListOpts) pagination.Pager[string] {
	return oscontainers.ListNames(c, opts)
}

// Create creates a container, or updates the given settings of an
// existing one.
func Create(ctx context.Context, c *gophercloud.ServiceClient, name string, opts CreateOpts) CreateResult {
	return oscontainers.Create(ctx, c, name, opts)
}

// Get reads a container's totals, ACLs and metadata (HEAD).
func Get(ctx context.Context, c *gophercloud.ServiceClient, name string, opts GetOpts) GetResult {
	return oscontainers.Get(ctx, c, name, opts)
}

// Update changes a container's ACLs, metadata or settings (POST).
func Update(ctx context.Context, c *gophercloud.ServiceClient, name string, opts UpdateOpts) UpdateResult {
	return oscontainers.Update(ctx, c, name, opts)
}

// Delete deletes an empty container.
func Delete(ctx context.Context, c *gophercloud.ServiceClient, name string) DeleteResult {
	return oscontainers.Delete(ctx, c, name)
}

// BulkDelete deletes empty containers in as few requests as the cluster
// allows and returns (*BulkDeleteResponse, error).
func BulkDelete(ctx context.Context, c *gophercloud.ServiceClient, names []string) (*BulkDeleteResponse, error) {
	return oscontainers.BulkDelete(ctx, c, names)
}
