// Package extensions lists and shows the extensions an Identity v2.0
// service offers (GET /v2.0/extensions[/{alias}]): OS-KSADM (the admin
// CRUD the tenants, users and roles packages use), OS-KSCATALOG, s3tokens,
// RAX-KSKEY, … Checking for one before an admin call turns a 404 into a
// clear "not offered here".
//
//	for ext, err := range extensions.List(identity).All(ctx) { … }
//	ext, err := extensions.Get(ctx, identity, "OS-KSADM").Extract()
//
// It is openstack/common/extensions with two Keystone differences: the
// list comes as {"extensions": {"values": [...]}} (Rackspace and other
// services send a plain array, also read), and some of Keystone's update
// times have a one-digit second, read rather than refused (see
// Extension). rackspace/identity/v2/extensions is this package on a
// Rackspace client. No microversion is involved; Keystone removed v2.0 in
// Queens.
//
// API reference (Identity v2.0, extensions; archived, a copy is at
// docs.huihoo.com/openstack/archive/api/openstack-identity-service/2.0/):
// https://docs.openstack.org/api/openstack-identity-service/2.0/content/Extension_Operations.html
package extensions
