package tenants

import (
	"context"
	"net/url"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/identity/v2/users"
	"github.com/cloudsdk/gophercloud/pagination"
)

// ListOptsBuilder builds List's query string ("" or "?…"). ListOpts
// implements it; a vendor with other filters passes its own
// (rackspace/identity/v2/tenants does).
type ListOptsBuilder interface {
	ToTenantListQuery() (string, error)
}

// ListOpts pages List; the zero value lists from the first tenant, in
// pages of the service's size.
type ListOpts struct {
	// Marker is the ID of the last tenant of the previous page.
	Marker string `q:"marker"`
	// Limit is the page size; 0 leaves it to the service.
	Limit int `q:"limit"`
}

// Validate refuses a negative Limit; ToTenantListQuery calls it.
func (opts ListOpts) Validate() error {
	if opts.Limit < 0 {
		return &gophercloud.ErrInvalidInput{Argument: "tenants.ListOpts.Limit", Value: opts.Limit, Reason: "must not be negative"}
	}
	return nil
}

// ToTenantListQuery implements ListOptsBuilder.
func (opts ListOpts) ToTenantListQuery() (string, error) { return gophercloud.QueryString(opts) }

// List returns a Pager over the tenants (GET /v2.0/tenants), following
// tenants_links; nil opts lists them all. On the public endpoint Keystone
// lists the tenants the token's user may use; on the admin endpoint, with
// an admin token, every tenant. It does no I/O, so it takes no ctx.
func List(c *gophercloud.ServiceClient, opts ListOptsBuilder) pagination.Pager[Tenant] {
	return ListOf[Tenant](c, opts)
}

// ListOf is List decoding each tenant into T, a vendor's tenant type that
// embeds Tenant; the request and paging are List's. Bad options are the
// Pager's error, before any request.
func ListOf[T any](c *gophercloud.ServiceClient, opts ListOptsBuilder) pagination.Pager[T] {
	u := listURL(c)
	if p, ok := opts.(*ListOpts); ok && p == nil {
		opts = nil
	}
	if opts != nil {
		q, err := opts.ToTenantListQuery()
		if err != nil {
			return pagination.Fail[T](err)
		}
		u += q
	}
	return pagination.New(c, u, pagination.Linked[T]{ItemsKey: "tenants", LinksKey: "tenants_links"}, nil)
}

// Get shows one tenant (GET /v2.0/tenants/{id}); admin API.
func Get(ctx context.Context, c *gophercloud.ServiceClient, id string) GetResult {
	return tenant.Get(ctx, c, tenantURL(c, id))
}

// GetByName shows the tenant with a name (GET /v2.0/tenants?name=…);
// admin API. The public endpoint ignores the name and lists tenants, which
// Extract reports as ErrMalformedResponse.
func GetByName(ctx context.Context, c *gophercloud.ServiceClient, name string) GetResult {
	if name == "" {
		return GetResult{Result: gophercloud.Result{Err: &gophercloud.ErrMissingInput{Argument: "tenants.GetByName name"}}}
	}
	return GetResult{Result: c.Get(ctx, listURL(c)+"?"+url.Values{"name": {name}}.Encode(), nil), Key: "tenant"}
}

// CreateOptsBuilder builds the body of Create. CreateOpts implements it; a
// vendor whose tenants carry other fields passes its own options.
type CreateOptsBuilder interface {
	ToTenantCreateMap() (map[string]any, error)
}

// CreateOpts describes a new tenant.
type CreateOpts struct {
	// Name must be unique in the cloud.
	Name string `json:"name" required:"true"`
	// Description is free text.
	Description string `json:"description,omitempty"`
	// Enabled defaults to true.
	Enabled *bool `json:"enabled,omitempty"`
}

// ToTenantCreateMap checks opts and builds {"tenant": {…}}.
func (opts CreateOpts) ToTenantCreateMap() (map[string]any, error) {
	return gophercloud.BuildRequestBody(opts, "tenant")
}

// Create creates a tenant (POST /v2.0/tenants, OS-KSADM); the reference
// documents 201, Keystone answered 200.
func Create(ctx context.Context, c *gophercloud.ServiceClient, opts CreateOptsBuilder) CreateResult {
	if opts == nil {
		return CreateResult{Result: gophercloud.Result{Err: &gophercloud.ErrMissingInput{Argument: "tenants.CreateOptsBuilder"}}}
	}
	b, err := opts.ToTenantCreateMap()
	if err != nil {
		return CreateResult{Result: gophercloud.Result{Err: err}}
	}
	return tenant.Create(ctx, c, listURL(c), b)
}

// UpdateOpts are the changes Update makes; fields left nil or "" keep
// their values.
type UpdateOpts struct {
	// Name renames the tenant.
	Name string `json:"name,omitempty"`
	// Description replaces the description; a pointer to "" clears it.
	Description *string `json:"description,omitempty"`
	// Enabled enables or disables the tenant.
	Enabled *bool `json:"enabled,omitempty"`
}

// Validate refuses an UpdateOpts that changes nothing; Update calls it
// through the body builder.
func (opts UpdateOpts) Validate() error {
	if opts == (UpdateOpts{}) {
		return &gophercloud.ErrMissingInput{Argument: "tenants.UpdateOpts (at least one field)"}
	}
	return nil
}

// Update changes a tenant and returns it (POST /v2.0/tenants/{id},
// OS-KSADM: v2.0 updates with POST, not PUT).
func Update(ctx context.Context, c *gophercloud.ServiceClient, id string, opts UpdateOpts) UpdateResult {
	return tenant.Update(ctx, c, tenantURL(c, id), opts, nil)
}

// Delete deletes a tenant (DELETE /v2.0/tenants/{id}, OS-KSADM); Keystone
// answers 204.
func Delete(ctx context.Context, c *gophercloud.ServiceClient, id string) DeleteResult {
	return tenant.Delete(ctx, c, tenantURL(c, id))
}

// ListUsers returns a Pager over the users that hold a role on a tenant
// (GET /v2.0/tenants/{id}/users), following users_links; admin API. It does
// no I/O, so it takes no ctx.
func ListUsers(c *gophercloud.ServiceClient, tenantID string) pagination.Pager[users.User] {
	return ListUsersOf[users.User](c, tenantID)
}

// ListUsersOf is ListUsers decoding each user into T, a vendor's user type
// that embeds users.User.
func ListUsersOf[T any](c *gophercloud.ServiceClient, tenantID string) pagination.Pager[T] {
	return pagination.New(c, usersURL(c, tenantID), pagination.Linked[T]{ItemsKey: "users", LinksKey: "users_links"}, nil)
}
