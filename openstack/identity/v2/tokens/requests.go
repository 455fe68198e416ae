package tokens

import (
	"context"
	"net/http"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/pagination"
)

// AuthOptionsBuilder builds the body of a v2 token request.
// gophercloud.AuthOptions implements it; the Rackspace provider adds an
// API-key builder.
type AuthOptionsBuilder interface {
	ToTokenV2CreateMap() (map[string]any, error)
}

// Create authenticates and returns a new token (POST /v2.0/tokens).
// https://docs.openstack.org/api-ref/identity/v2/#authenticate
func Create(ctx context.Context, c *gophercloud.ServiceClient, opts AuthOptionsBuilder) (r CreateResult) {
	if opts == nil {
		r.Err = &gophercloud.ErrMissingInput{Argument: "tokens.AuthOptionsBuilder"}
		return
	}
	b, err := opts.ToTokenV2CreateMap()
	if err != nil {
		r.Err = err
		return
	}
	r.Result = c.Post(ctx, createURL(c), b, &gophercloud.RequestOpts{
		OkCodes: []int{http.StatusOK, http.StatusCreated, http.StatusNonAuthoritativeInfo},
		NoAuth:  true,
	})
	return
}

// ValidateOpts are the query of Get and Check; the zero value validates
// the token whatever its tenant.
type ValidateOpts struct {
	// BelongsTo is a tenant ID the token must also be scoped to. Keystone
	// answers a token of another tenant, or an unscoped one, with 401 (as
	// for a bad admin token: the provider re-authenticates once, if it
	// may, and the call fails with gophercloud.ErrUnauthorized).
	BelongsTo string `q:"belongsTo"`
}

// validateURL is the token's URL with the query of opts.
func validateURL(c *gophercloud.ServiceClient, token string, opts ValidateOpts) (string, error) {
	q, err := gophercloud.BuildQueryString(opts)
	if err != nil {
		return "", err
	}
	return tokenURL(c, token) + q.String(), nil
}

// getCodes are the answers to a validation, as the reference documents
// them; a HEAD may also come back 204 (checkCodes).
var (
	getCodes   = []int{http.StatusOK, http.StatusNonAuthoritativeInfo}
	checkCodes = []int{http.StatusOK, http.StatusNonAuthoritativeInfo, http.StatusNoContent}
)

// Get validates token with the admin API and returns its access document
// (GET /v2.0/tokens/{id}): the token, its tenant, and its user and roles
// (the reference's answer has no catalog; ListEndpoints lists it). An unknown,
// expired or revoked token is gophercloud.ErrNotFound. opts may add
// belongsTo:
//
//	access, err := tokens.Get(ctx, admin, id, tokens.ValidateOpts{BelongsTo: tenantID}).Extract()
//
// https://docs.openstack.org/api/openstack-identity-service/2.0/content/GET_validateToken_v2.0_tokens__tokenId__Token_Operations.html
func Get(ctx context.Context, c *gophercloud.ServiceClient, token string, opts ValidateOpts) (r GetResult) {
	u, err := validateURL(c, token, opts)
	if err != nil {
		r.Err = err
		return
	}
	r.Result = c.Get(ctx, u, &gophercloud.RequestOpts{OkCodes: getCodes})
	return
}

// Check validates token without a body (HEAD /v2.0/tokens/{id}), cheaper
// than Get when only validity matters: Extract is true for a valid token,
// false for one Keystone does not know (404), and the error for anything
// else. opts may add belongsTo, as for Get.
func Check(ctx context.Context, c *gophercloud.ServiceClient, token string, opts ValidateOpts) CheckResult {
	u, err := validateURL(c, token, opts)
	if err != nil {
		return CheckResult{Result: gophercloud.Result{Err: err}}
	}
	return CheckResult{Result: c.Head(ctx, u, &gophercloud.RequestOpts{OkCodes: checkCodes})}
}

// ListEndpoints returns a Pager over the endpoints of a token's catalog
// (GET /v2.0/tokens/{id}/endpoints, admin API), each with the name and type
// of its service, following endpoints_links. It does no I/O, so it takes
// no ctx.
// https://docs.openstack.org/api/openstack-identity-service/2.0/content/GET_listEndpointsForToken_v2.0_tokens__tokenId__endpoints_Token_Operations.html
func ListEndpoints(c *gophercloud.ServiceClient, token string) pagination.Pager[ServiceEndpoint] {
	return pagination.New(c, endpointsURL(c, token),
		pagination.Linked[ServiceEndpoint]{ItemsKey: "endpoints", LinksKey: "endpoints_links"},
		&gophercloud.RequestOpts{OkCodes: getCodes})
}

// Revoke deletes token with the admin API (DELETE /v2.0/tokens/{id}).
func Revoke(ctx context.Context, c *gophercloud.ServiceClient, token string) (r RevokeResult) {
	r.Result = c.Delete(ctx, tokenURL(c, token), &gophercloud.RequestOpts{OkCodes: []int{http.StatusNoContent, http.StatusOK}})
	return
}
