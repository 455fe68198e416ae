// Package policies manages Keystone v3 policy documents: list, show,
// create, update, delete. Keystone only stores them (a blob and its MIME
// type) for other services to fetch; it does not enforce them. The API is
// deprecated upstream but still served, and admin-only by default.
//
//	p, err := policies.Create(ctx, identity, policies.CreateOpts{Type: "application/json", Blob: `{"default": "rule:admin_required"}`}).Extract()
//
// https://docs.openstack.org/api-ref/identity/v3/#policies
package policies
