// Package credentials manages Keystone v3 credentials (EC2 keys, TOTP
// secrets, … stored as an opaque blob): list, show, create, update,
// delete.
//
//	cr, err := credentials.Create(ctx, identity, credentials.CreateOpts{Type: "totp", UserID: u, Blob: secret}).Extract()
//
// https://docs.openstack.org/api-ref/identity/v3/#credentials
package credentials
