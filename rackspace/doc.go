// Package rackspace is the Rackspace Cloud vendor layer: API-key
// authentication against Rackspace's Identity v2.0, and service clients
// that pick Rackspace's catalog entries by name. Everything else is the
// openstack/ packages, used as they are:
//
//	provider, err := rackspace.AuthenticatedClient(ctx, rackspace.AuthOptions{
//		Username: "me", APIKey: os.Getenv("RAX_API_KEY"), AllowReauth: true,
//	})
//	compute, err := rackspace.NewComputeV2(provider, gophercloud.EndpointOpts{Region: "DFW"})
//	server, err := servers.Get(ctx, compute, id).Extract()
//
// The API key is sent only to the identity endpoint and is redacted from
// debug logs like every other secret.
package rackspace
