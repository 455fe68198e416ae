package tokens

import (
	"context"
	"net/http"

	"github.com/cloudsdk/gophercloud"
)

// AuthOptionsBuilder builds the body of a token request.
// gophercloud.AuthOptions implements it.
type AuthOptionsBuilder interface {
	ToTokenV3CreateMap() (map[string]any, error)
}

// AuthHeadersBuilder is implemented by options that send headers with the
// token request, such as MultiFactor's auth receipt. Create uses it when
// the options implement it.
type AuthHeadersBuilder interface {
	ToTokenV3Headers() (map[string]string, error)
}

// Create authenticates and returns a new token (POST /v3/auth/tokens). It
// sends no existing token, so it works on an unauthenticated client. When
// the user's multi-factor rules need more methods, the error is a
// *ReceiptRequiredError (see ExtractReceipt and MultiFactor).
// https://docs.openstack.org/api-ref/identity/v3/#password-authentication-with-unscoped-authorization
func Create(ctx context.Context, c *gophercloud.ServiceClient, opts AuthOptionsBuilder) (r CreateResult) {
	if opts == nil {
		r.Err = &gophercloud.ErrMissingInput{Argument: "tokens.AuthOptionsBuilder"}
		return
	}
	b, err := opts.ToTokenV3CreateMap()
	if err != nil {
		r.Err = err
		return
	}
	ro := &gophercloud.RequestOpts{OkCodes: []int{http.StatusCreated}, NoAuth: true}
	if hb, ok := opts.(AuthHeadersBuilder); ok {
		if ro.MoreHeaders, err = hb.ToTokenV3Headers(); err != nil {
			r.Err = err
			return
		}
	}
	r.Result = c.Post(ctx, tokenURL(c), b, ro)
	r.Err = receiptError(r.Err)
	return
}

// Get validates token and returns its details, catalog included
// (GET /v3/auth/tokens with X-Subject-Token). The client's own token
// authorises the call.
func Get(ctx context.Context, c *gophercloud.ServiceClient, token string) (r GetResult) {
	r.Result = c.Get(ctx, tokenURL(c), &gophercloud.RequestOpts{
		MoreHeaders: map[string]string{"X-Subject-Token": token},
		OkCodes:     []int{http.StatusOK, http.StatusNonAuthoritativeInfo},
	})
	return
}

// Validate reports whether token is valid (HEAD /v3/auth/tokens): false for
// a token Keystone does not know or has revoked, an error for anything else.
func Validate(ctx context.Context, c *gophercloud.ServiceClient, token string) ValidateResult {
	return ValidateResult{Result: c.Head(ctx, tokenURL(c), &gophercloud.RequestOpts{
		MoreHeaders: map[string]string{"X-Subject-Token": token},
		OkCodes:     []int{http.StatusOK, http.StatusNoContent},
	})}
}

// ValidateResult is the result of Validate: Extract is true for
// Keystone's 200/204, false for its 404 (unknown, expired or revoked).
type ValidateResult = gophercloud.ExistsResult

// GetCatalog returns the service catalog of the client's own token
// (GET /v3/auth/catalog): the same entries a scoped token's body carries,
// without issuing or validating another token.
// https://docs.openstack.org/api-ref/identity/v3/#get-service-catalog
func GetCatalog(ctx context.Context, c *gophercloud.ServiceClient) CatalogResult {
	return CatalogResult{c.Get(ctx, c.ServiceURL("auth", "catalog"), nil)}
}

// Revoke revokes token at once (DELETE /v3/auth/tokens).
func Revoke(ctx context.Context, c *gophercloud.ServiceClient, token string) (r RevokeResult) {
	r.Result = c.Delete(ctx, tokenURL(c), &gophercloud.RequestOpts{
		MoreHeaders: map[string]string{"X-Subject-Token": token},
		OkCodes:     []int{http.StatusNoContent},
	})
	return
}
