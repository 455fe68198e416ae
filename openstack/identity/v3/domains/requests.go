package domains

import (
	"context"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/pagination"
)

// ListOpts filters List; the zero value lists every domain.
type ListOpts struct {
	// Name lists the domain of that name.
	Name string `q:"name"`
	// Enabled, when set, lists only enabled (true) or disabled domains.
	Enabled *bool `q:"enabled"`
}

// List returns a Pager over the domains; it does no I/O.
// https://docs.openstack.org/api-ref/identity/v3/#list-domains
func List(c *gophercloud.ServiceClient, opts ListOpts) pagination.Pager[Domain] {
	return kind.List(c, opts)
}

// ListAvailable returns a Pager over the domains the caller's token may be
// scoped to (GET /v3/auth/domains).
// https://docs.openstack.org/api-ref/identity/v3/#get-available-domain-scopes
func ListAvailable(c *gophercloud.ServiceClient) pagination.Pager[Domain] {
	return kind.Under("auth").List(c, nil)
}

// Get shows one domain.
// https://docs.openstack.org/api-ref/identity/v3/#show-domain-details
func Get(ctx context.Context, c *gophercloud.ServiceClient, id string) GetResult {
	return kind.Get(ctx, c, id)
}

// CreateOpts describes a new domain.
type CreateOpts struct {
	// Name must be unique across the cloud.
	Name string `json:"name" required:"true"`
	// Description is free text.
	Description string `json:"description,omitempty"`
	// Enabled defaults to true; set false to create it disabled.
	Enabled *bool `json:"enabled,omitempty"`
	// Tags label the domain.
	Tags []string `json:"tags,omitempty"`
}

// Create creates a domain.
// https://docs.openstack.org/api-ref/identity/v3/#create-domain
func Create(ctx context.Context, c *gophercloud.ServiceClient, opts CreateOpts) CreateResult {
	return kind.Create(ctx, c, opts)
}

// UpdateOpts changes a domain; unset fields stay as they are.
type UpdateOpts struct {
	// Name renames the domain.
	Name string `json:"name,omitempty"`
	// Description replaces the description.
	Description *string `json:"description,omitempty"`
	// Enabled enables or disables the domain.
	Enabled *bool `json:"enabled,omitempty"`
	// Tags replaces the tags.
	Tags []string `json:"tags,omitempty"`
}

// Update changes a domain.
// https://docs.openstack.org/api-ref/identity/v3/#update-domain
func Update(ctx context.Context, c *gophercloud.ServiceClient, id string, opts UpdateOpts) UpdateResult {
	return kind.Update(ctx, c, id, opts)
}

// Delete deletes a disabled domain with everything in it.
// https://docs.openstack.org/api-ref/identity/v3/#delete-domain
func Delete(ctx context.Context, c *gophercloud.ServiceClient, id string) DeleteResult {
	return kind.Delete(ctx, c, id)
}
