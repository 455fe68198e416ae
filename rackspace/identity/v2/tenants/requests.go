package tenants

import (
	"context"

	"github.com/cloudsdk/gophercloud"
	ostenants "github.com/cloudsdk/gophercloud/openstack/identity/v2/tenants"
	"github.com/cloudsdk/gophercloud/pagination"
)

// ListOpts filters List; the zero value lists the tenants the token's
// user has a role on.
type ListOpts struct {
	// ApplyRCNRoles also lists the tenants the user reaches through
	// Rackspace Cloud Network (RCN) roles.
	ApplyRCNRoles bool `q:"apply_rcn_roles"`
}

// ToTenantListQuery implements openstack/identity/v2/tenants'
// ListOptsBuilder.
func (opts ListOpts) ToTenantListQuery() (string, error) { return gophercloud.QueryString(opts) }

// List returns a Pager over the tenants the token may use (GET
// /v2.0/tenants, any identity role), following tenants_links; it does no
// I/O, so it takes no ctx.
func List(c *gophercloud.ServiceClient, opts ListOpts) pagination.Pager[Tenant] {
	return ostenants.List(c, opts)
}

// Get shows one tenant by ID (GET /v2.0/tenants/{id}); identity admins
// only.
func Get(ctx context.Context, c *gophercloud.ServiceClient, id string) GetResult {
	return ostenants.Get(ctx, c, id)
}

// GetByName shows one tenant by name (GET /v2.0/tenants?name=…); identity
// admins only.
func GetByName(ctx context.Context, c *gophercloud.ServiceClient, name string) GetResult {
	return ostenants.GetByName(ctx, c, name)
}
