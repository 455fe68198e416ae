package tenants

import ostenants "github.com/cloudsdk/gophercloud/openstack/identity/v2/tenants"

// Tenant is a Rackspace tenant: Keystone's fields (id, name, enabled,
// description), which are all Rackspace sends. The compute tenant's ID is
// the account number; Cloud Files has its own MossoCloudFS_… tenant.
type Tenant = ostenants.Tenant

// GetResult is the result of Get and GetByName; Extract returns the
// *Tenant.
type GetResult = ostenants.GetResult
