/*
Package openstack connects to an OpenStack cloud: it authenticates against
Keystone (v3, or v2.0 on old clouds), keeps the token's catalog, and hands
out one ServiceClient per API, found in that catalog by type, region and
interface.

	opts, err := openstack.AuthOptionsFromEnv() // OS_AUTH_URL, OS_USERNAME, OS_PASSWORD, OS_PROJECT_NAME, …
	opts.AllowReauth = true                     // renew the token on a 401
	provider, err := openstack.AuthenticatedClient(ctx, opts)
	compute, err := openstack.NewComputeV2(provider, gophercloud.EndpointOpts{Region: "RegionOne"})
	server, err := servers.Get(ctx, compute, id).Extract()

Where the settings come from:

  - AuthOptionsFromEnv and EndpointOptsFromEnv read the OS_* variables the
    openstack CLI reads (an openrc file).
  - LoadCloud reads clouds.yaml and secure.yaml from the CLI's search path
    (OS_CLOUD picks the cloud), including TLS settings;
    AuthenticatedClientFromCloud does both steps.
  - An identity URL without a version is discovered (v3 preferred).

Service clients: NewIdentityV2/V3, NewComputeV2, NewNetworkV2,
NewBlockStorageV1/V2/V3, NewObjectStorageV1, NewImageV2, NewPlacementV1, or
NewServiceClient for any other catalog type. A client's microversion is
set with ServiceClient.WithMicroversion, which returns a copy; the range a
service supports is discovered with GetSupportedMicroversions.

Catalog lookups fail with ErrServiceNotFound, ErrEndpointNotFound or
ErrMultipleEndpoints (ambiguous: name a region or an interface). Set
ProviderClient.EndpointLocator to override the catalog.

The resource packages live below this one: compute/v2/…, networking/v2/…,
blockstorage/v3/…, objectstorage/v1/…, image/v2/…, identity/v3/….
*/
package openstack
