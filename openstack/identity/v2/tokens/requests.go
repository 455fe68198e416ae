package tokens

import (
	"context"
	"net/http"

	"github.com/cloudsdk/gophercloud"
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

// Get validates token with the admin API (GET /v2.0/tokens/{id}).
func Get(ctx context.Context, c *gophercloud.ServiceClient, token string) (r GetResult) {
	r.Result = c.Get(ctx, tokenURL(c, token), &gophercloud.RequestOpts{
		OkCodes: []int{http.StatusOK, http.StatusNonAuthoritativeInfo},
	})
	return
}

// Revoke deletes token with the admin API (DELETE /v2.0/tokens/{id}).
func Revoke(ctx context.Context, c *gophercloud.ServiceClient, token string) (r RevokeResult) {
	r.Result = c.Delete(ctx, tokenURL(c, token), &gophercloud.RequestOpts{OkCodes: []int{http.StatusNoContent, http.StatusOK}})
	return
}
