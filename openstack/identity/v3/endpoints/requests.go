package endpoints

import (
	"context"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/pagination"
)

// ListOpts filters List; the zero value lists every endpoint.
type ListOpts struct {
	// Interface, ServiceID and RegionID match exactly.
	Interface Interface `q:"interface"`
	ServiceID string    `q:"service_id"`
	RegionID  string    `q:"region_id"`
}

// List returns a Pager over the endpoints; it does no I/O.
// https://docs.openstack.org/api-ref/identity/v3/#list-endpoints
func List(c *gophercloud.ServiceClient, opts ListOpts) pagination.Pager[Endpoint] {
	return kind.List(c, opts)
}

// Get shows one endpoint.
// https://docs.openstack.org/api-ref/identity/v3/#show-endpoint-details
func Get(ctx context.Context, c *gophercloud.ServiceClient, id string) GetResult {
	return kind.Get(ctx, c, id)
}

// CreateOpts describes a new endpoint.
type CreateOpts struct {
	// ServiceID, Interface and URL are required; Enabled defaults to true.
	ServiceID string    `json:"service_id" required:"true"`
	Interface Interface `json:"interface" required:"true"`
	URL       string    `json:"url" required:"true"`
	RegionID  string    `json:"region_id,omitempty"`
	Enabled   *bool     `json:"enabled,omitempty"`
}

// Validate refuses an interface Keystone does not know.
func (opts CreateOpts) Validate() error {
	return opts.Interface.validate("endpoints.CreateOpts.Interface")
}

func (i Interface) validate(arg string) error {
	switch i {
	case "", Public, Internal, Admin:
		return nil
	}
	return &gophercloud.ErrInvalidInput{Argument: arg, Reason: "must be public, internal or admin"}
}

// Create creates an endpoint.
// https://docs.openstack.org/api-ref/identity/v3/#create-endpoint
func Create(ctx context.Context, c *gophercloud.ServiceClient, opts CreateOpts) CreateResult {
	return kind.Create(ctx, c, opts)
}

// UpdateOpts changes an endpoint; unset fields stay as they are.
type UpdateOpts struct {
	// The strings replace when not empty, Enabled when set.
	ServiceID string    `json:"service_id,omitempty"`
	Interface Interface `json:"interface,omitempty"`
	URL       string    `json:"url,omitempty"`
	RegionID  string    `json:"region_id,omitempty"`
	Enabled   *bool     `json:"enabled,omitempty"`
}

// Validate refuses an interface Keystone does not know.
func (opts UpdateOpts) Validate() error {
	return opts.Interface.validate("endpoints.UpdateOpts.Interface")
}

// Update changes an endpoint.
// https://docs.openstack.org/api-ref/identity/v3/#update-endpoint
func Update(ctx context.Context, c *gophercloud.ServiceClient, id string, opts UpdateOpts) UpdateResult {
	return kind.Update(ctx, c, id, opts)
}

// Delete deletes an endpoint.
// https://docs.openstack.org/api-ref/identity/v3/#delete-endpoint
func Delete(ctx context.Context, c *gophercloud.ServiceClient, id string) DeleteResult {
	return kind.Delete(ctx, c, id)
}
