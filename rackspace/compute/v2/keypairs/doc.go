// Package keypairs manages the SSH key pairs Cloud Servers injects into
// new Linux servers (servers.CreateOpts.KeyName). It is
// openstack/compute/v2/keypairs without the microversion options Cloud
// Servers does not have (key types, other users' keys, paging): one
// account's ssh keys.
//
//	kp, err := keypairs.Create(ctx, compute, keypairs.CreateOpts{
//		Name: "deploy", PublicKey: "ssh-ed25519 AAAA… deploy@example",
//	}).Extract()
//
// Without PublicKey, Cloud Servers generates a key pair and returns the
// private key once, in KeyPair.PrivateKey.
//
// API reference: https://docs.rackspace.com/docs/cloud-servers/v2/api-reference/keypair-operations
package keypairs
