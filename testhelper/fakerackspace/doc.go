// Package fakerackspace runs a fake Rackspace Cloud on 127.0.0.1 for tests:
// an Identity v2.0 service that accepts API-key and password credentials
// and answers with a Rackspace-shaped service catalog, its admin API for
// users and roles, and a Cloud Files CDN management endpoint.
//
//	fake := fakerackspace.New()
//	defer fake.Close()
//	provider, err := rackspace.AuthenticatedClient(ctx, fake.AuthOptions())
//	cdn, err := rackspace.NewObjectCDNV1(provider, gophercloud.EndpointOpts{Region: "DFW"})
//
// The catalog lists cloudServersOpenStack (compute), cloudFiles
// (object-store), cloudFilesCDN (rax:object-cdn), cloudBlockStorage (volume)
// and cloudNetworks (network) in the regions DFW, ORD, IAD and LON. Only
// identity and the CDN are served; the other catalog URLs point at the same
// server under /{region}/…, where a test may mount its own handlers on Mux.
//
// The account's user (Username, with APIKey and Password) holds the
// identity:user-admin role and may manage the sub-users it creates. Tokens
// stay valid until ExpireTokens, so re-authentication can be tested.
//
// The shapes follow Rackspace's public API reference:
// https://docs.rackspace.com/docs/cloud-identity/v2/api-reference/ and
// https://docs.rackspace.com/docs/cloud-files/v1/cdn-api-reference/.
package fakerackspace
