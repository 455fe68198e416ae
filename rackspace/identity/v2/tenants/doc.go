// Package tenants lists the tenants of a Rackspace Cloud account through
// Cloud Identity v2.0: List shows those the token's user may use (the
// compute tenant, which is the account number, and the Cloud Files
// MossoCloudFS_… tenant), and identity admins Get a tenant by ID or name.
//
//	identity, err := rackspace.NewIdentityV2(provider)
//	all, err := tenants.List(identity, tenants.ListOpts{ApplyRCNRoles: true}).Collect(ctx)
//
// The package is a thin layer over openstack/identity/v2/tenants: Tenant
// and the results are its types, ListOpts is its ListOptsBuilder with
// Rackspace's apply_rcn_roles filter, and every call is its call. Tenants
// are created with the account, so there is no Create, Update or Delete.
//
// API reference: https://docs.rackspace.com/docs/cloud-identity/v2/api-reference/tenant-operations
package tenants
