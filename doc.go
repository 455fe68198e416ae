/*
Package gophercloud is a multi-vendor SDK for OpenStack-compatible clouds.

It has three levels. A ProviderClient is one authenticated session with a
cloud: it holds the HTTP client and the token, re-authenticates when the
token expires (once, shared by every goroutine that noticed), retries what
the server did not process, and logs requests with secrets redacted. A
ServiceClient is one API of that cloud (compute, object storage, …): the
provider plus the service's base URL and, optionally, a microversion.
Resource packages (openstack/compute/v2/servers, …) build requests from
option structs and return lazy Result values whose Extract decodes the body
once, straight into the resource type.

	opts, err := openstack.AuthOptionsFromEnv()
	provider, err := openstack.AuthenticatedClient(ctx, opts)
	compute, err := openstack.NewComputeV2(provider, gophercloud.EndpointOpts{Region: "RegionOne"})
	server, err := servers.Get(ctx, compute, id).Extract()

Every call that does I/O takes a context.Context first. Building a Pager
(servers.List) does no I/O, so it takes none; its EachPage, AllPages and All
do.

Errors: any unexpected HTTP status is an *ErrUnexpectedResponseCode carrying
the method, URL, codes, request ID and the service's message; it matches
the sentinels with errors.Is (ErrNotFound, ErrConflict, …). Bad options are
reported before any request as *ErrMissingInput or *ErrInvalidInput, both
matching ErrInvalidOptions. A body that does not decode is
ErrMalformedResponse, never a panic.
*/
package gophercloud
