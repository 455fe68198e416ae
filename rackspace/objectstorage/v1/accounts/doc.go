// Package accounts reads and changes a Rackspace Cloud Files account: its
// totals (containers, objects, bytes), metadata and temp URL keys. It is
// openstack/objectstorage/v1/accounts on a rackspace.NewObjectStorageV1
// client (the catalog's cloudFiles service), whose URL ends in the
// account's MossoCloudFS_… name.
//
//	files, err := rackspace.NewObjectStorageV1(provider, gophercloud.EndpointOpts{Region: "DFW"})
//	h, err := accounts.Get(ctx, files, accounts.GetOpts{}).Extract()
//	fmt.Println(h.BytesUsed)
//
// API reference: https://docs.rackspace.com/docs/cloud-files/v1/storage-api-reference/storage-account-services
package accounts
