// Package applicationcredentials manages a Keystone v3 user's
// application credentials (list, show, create with roles, expiry and
// access rules, delete) and the access rules they carry. Authenticate
// with one through gophercloud.AuthOptions' ApplicationCredentialID and
// ApplicationCredentialSecret.
//
//	ac, err := applicationcredentials.Create(ctx, identity, userID, applicationcredentials.CreateOpts{Name: "ci"}).Extract()
//	// ac.Secret is returned only here.
//
// https://docs.openstack.org/api-ref/identity/v3/#application-credentials
package applicationcredentials
