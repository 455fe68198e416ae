package tokens

import (
	"context"

	"github.com/cloudsdk/gophercloud"
	ostokens "github.com/cloudsdk/gophercloud/openstack/identity/v2/tokens"
	"github.com/cloudsdk/gophercloud/rackspace"
)

// Create authenticates with a Rackspace API key or password (POST
// /v2.0/tokens); the body is built by rackspace.AuthOptions, which checks
// the options first.
func Create(ctx context.Context, c *gophercloud.ServiceClient, opts rackspace.AuthOptions) CreateResult {
	return ostokens.Create(ctx, c, opts)
}

// ValidateOpts narrows Get: BelongsTo is a tenant the token must be
// scoped to.
type ValidateOpts = ostokens.ValidateOpts

// Get validates a token and shows its user and roles (GET
// /v2.0/tokens/{id}[?belongsTo=tenant]).
func Get(ctx context.Context, c *gophercloud.ServiceClient, token string, opts ValidateOpts) GetResult {
	return ostokens.Get(ctx, c, token, opts)
}

// Revoke invalidates a token (DELETE /v2.0/tokens/{id}); a user may revoke
// their own, a user admin any of the account's.
func Revoke(ctx context.Context, c *gophercloud.ServiceClient, token string) RevokeResult {
	return ostokens.Revoke(ctx, c, token)
}
