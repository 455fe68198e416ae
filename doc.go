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

Every package has the same call shape (CONTRIBUTING.md states it): ctx
first on every call that does I/O; options by value, whose zero value means
none; every single-request call returns a lazy result (ItemResult,
ValueResult, HeaderResult or ErrResult) whose Extract decodes once; calls
that stream or make several requests (downloads, bulk deletes, waits)
return (T, error) and say so. Building a Pager (servers.List) does no I/O,
so it takes no ctx; its EachPage, AllPages, All and Collect do.

Errors: any unexpected HTTP status is an *ErrUnexpectedResponseCode carrying
the method, URL, codes, request ID and the service's message; it matches
the sentinels with errors.Is (ErrNotFound, ErrConflict, …). Bad options are
reported before any request as *ErrMissingInput or *ErrInvalidInput, both
pointers (errors.As(err, &missing) with missing of type *ErrMissingInput)
and both matching ErrInvalidOptions. A body that does not decode is
ErrMalformedResponse, a success without the body a call needs is ErrNoBody,
never a panic.

Reliability: a request replayed after re-authentication or a retry resends
its whole body (JSON, an io.Seeker, or RequestOpts.GetBody) or fails with
ErrBodyNotReplayable; a response body is read as it arrives, never sized
from what Content-Length claims, and capped by ProviderClient.MaxBodyBytes
(ErrBodyTooLarge); a request with a body is never redirected to another
host (ErrRedirectRefused), and tokens never follow any redirect there.
Secrets (tokens, passwords, keys, signatures, cookies) are redacted from
every log record and error; redact.go lists them.
*/
package gophercloud
