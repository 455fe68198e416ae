// Package rackspace is the Rackspace Cloud vendor layer: API-key
// authentication against Rackspace's Identity v2.0, service clients that
// pick Rackspace's catalog entries by name, and the packages below it,
// each a thin layer over the openstack/ package of the same resource
// (Rackspace's defaults, names and extra fields) or, for what only
// Rackspace has, a full package:
//
//	provider, err := rackspace.AuthenticatedClient(ctx, rackspace.AuthOptions{
//		Username: "me", APIKey: os.Getenv("RS_API_KEY"), AllowReauth: true,
//	})
//	compute, err := rackspace.NewComputeV2(provider, gophercloud.EndpointOpts{Region: "DFW"})
//	server, err := servers.Get(ctx, compute, id).Extract()
//
// AuthOptionsFromEnv and RegionFromEnv read RS_USERNAME, RS_API_KEY,
// RS_PASSWORD, RS_AUTH_URL (default USIdentity), RS_TENANT_ID or
// RS_TENANT_NAME, and RS_REGION_NAME (or RS_REGION). The API key is sent
// only to the identity endpoint and is redacted from debug logs like
// every other secret. testhelper/fakerackspace runs a fake Rackspace
// identity and CDN for tests.
//
// Packages (the seed's rackspace tree, plus bootfromvolume,
// virtualinterfaces, roles and users):
//
//	blockstorage/v1/volumes, snapshots, volumetypes                 thin over openstack/blockstorage/v1 (SATA/SSD limits)
//	compute/v2/flavors, images, keypairs, servers, bootfromvolume   thin over openstack/compute/v2
//	compute/v2/networks (os-networksv2), virtualinterfaces          Rackspace only
//	identity/v2/tokens, extensions                                  thin over openstack/identity/v2/tokens, extensions
//	identity/v2/tenants                                             thin over openstack/identity/v2/tenants (apply_rcn_roles)
//	identity/v2/users, roles                                        thin over openstack/identity/v2/users, roles (+ RAX-AUTH fields; RAX-KSKEY API keys)
//	objectstorage/v1/accounts, containers, objects                  thin over openstack/objectstorage/v1
//	objectstorage/v1/bulk                                           extract-archive and bulk delete
//	objectstorage/v1/cdncontainers, cdnobjects                      the Cloud Files CDN (rax:object-cdn), Rackspace only
//
// Not built: lb/v1 (Cloud Load Balancers) and rackconnect/v3, because the
// seed's package index does not list them.
package rackspace
