// Package accounts reads and changes the Object Storage (Swift) account of
// the client: its totals, its metadata and its temp URL keys.
//
// The account is the endpoint itself (https://swift.example.com/v1/AUTH_<project>),
// so no call takes a name.
//
//	h, err := accounts.Get(ctx, client).Extract()
//	fmt.Println(h.ContainerCount, h.ObjectCount, h.BytesUsed, h.Metadata["owner"])
//
//	_, err = accounts.Update(ctx, client, accounts.UpdateOpts{
//		Metadata:       map[string]string{"Owner": "ops"},
//		RemoveMetadata: []string{"Legacy"},
//		TempURLKey:     "s3cr3t",
//	}).Extract()
//
// Metadata keys come back lower-cased (HTTP header names are
// case-insensitive, and Swift returns them title-cased). Only an account
// owner (a user with one of the cluster's operator roles) sees the temp URL
// keys; they are secrets and are redacted from the SDK's debug log.
//
// API reference: https://docs.openstack.org/api-ref/object-store/#accounts
package accounts
