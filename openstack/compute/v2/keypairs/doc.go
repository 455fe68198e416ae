// Package keypairs manages the SSH (and x509) key pairs Nova injects into
// new servers.
//
// Create imports a key pair when CreateOpts.PublicKey is set. Without it,
// Nova generates one and returns the private key once, in
// KeyPair.PrivateKey: store it, it cannot be fetched again. Nova stopped
// generating keys at microversion 2.92, where PublicKey is required.
//
//	kp, err := keypairs.Create(ctx, compute, keypairs.CreateOpts{
//		Name:      "deploy",
//		PublicKey: "ssh-ed25519 AAAAC3Nz… deploy@example",
//	}).Extract()
//
// Microversions: Type ("ssh" or "x509") needs 2.2; UserID (an admin acting
// for another user) needs 2.10; List's Limit and Marker, and the
// keypairs_links that let the pager walk pages, need 2.35.
// Pass a client made with c.WithMicroversion("2.xx"): a copy, so a
// client shared between goroutines is never changed.
//
// API reference: https://docs.openstack.org/api-ref/compute/#keypairs-keypairs
package keypairs
