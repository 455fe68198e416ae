// Package extensions lists the extensions Rackspace Cloud Identity v2.0
// supports (RAX-KSKEY for API keys, RAX-AUTH, OS-KSADM, …). It is
// openstack/identity/v2/extensions on a rackspace.NewIdentityV2 client,
// which reads Rackspace's plain {"extensions": [...]} list as well as
// Keystone's, and the {"extension": {...}} document.
//
//	identity, err := rackspace.NewIdentityV2(provider)
//	all, err := extensions.List(identity).Collect(ctx)
//	ext, err := extensions.Get(ctx, identity, "RAX-KSKEY").Extract()
//
// API reference: https://docs.rackspace.com/docs/cloud-identity/v2/api-reference/extensions-operations
package extensions
