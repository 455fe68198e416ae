package users

import (
	"context"
	"net/http"

	"github.com/cloudsdk/gophercloud"
	osusers "github.com/cloudsdk/gophercloud/openstack/identity/v2/users"
	"github.com/cloudsdk/gophercloud/pagination"
)

// List returns a Pager over the account's users (GET /users); it does no
// I/O, so it takes no ctx.
func List(c *gophercloud.ServiceClient) pagination.Pager[User] { return osusers.ListOf[User](c) }

// Get shows one user by ID.
func Get(ctx context.Context, c *gophercloud.ServiceClient, id string) GetResult {
	return osusers.GetOf[User](ctx, c, id)
}

// GetByName shows one user by user name (GET /users?name=…).
func GetByName(ctx context.Context, c *gophercloud.ServiceClient, name string) GetResult {
	return osusers.GetByNameOf[User](ctx, c, name)
}

// CreateOpts describes a new sub-user.
type CreateOpts struct {
	// Username must be unique across Rackspace; Email is required.
	Username string `json:"username" required:"true"`
	Email    string `json:"email" required:"true"`
	// Enabled defaults to true.
	Enabled *bool `json:"enabled,omitempty"`
	// Password is set as given; when empty Rackspace generates one and
	// returns it in User.Password, once.
	Password string `json:"OS-KSADM:password,omitempty"`
	// DefaultRegion is the user's default region ("DFW", "ORD", …).
	DefaultRegion string `json:"RAX-AUTH:defaultRegion,omitempty"`
}

// ToUserCreateMap checks opts and builds {"user": {…}}; it makes
// CreateOpts an openstack/identity/v2/users CreateOptsBuilder.
func (opts CreateOpts) ToUserCreateMap() (map[string]any, error) {
	return gophercloud.BuildRequestBody(opts, "user")
}

// Create creates a sub-user in the caller's account (POST /users).
func Create(ctx context.Context, c *gophercloud.ServiceClient, opts CreateOpts) CreateResult {
	return osusers.CreateOf[User](ctx, c, opts)
}

// UpdateOpts are the changes Update makes; fields left zero keep their
// values.
type UpdateOpts struct {
	// Username renames the user; Email changes its address.
	Username string `json:"username,omitempty"`
	Email    string `json:"email,omitempty"`
	// Enabled enables or disables the user.
	Enabled *bool `json:"enabled,omitempty"`
	// DefaultRegion changes the user's default region.
	DefaultRegion string `json:"RAX-AUTH:defaultRegion,omitempty"`
	// Password sets a new password.
	Password string `json:"OS-KSADM:password,omitempty"`
}

// Validate refuses an UpdateOpts that changes nothing; Update calls it
// through the body builder.
func (opts UpdateOpts) Validate() error {
	if opts == (UpdateOpts{}) {
		return &gophercloud.ErrMissingInput{Argument: "users.UpdateOpts (at least one field)"}
	}
	return nil
}

// Update changes a user (POST /users/{id}). It is Rackspace's own call:
// Keystone's is a PUT, with name and tenantId where Rackspace has
// username and RAX-AUTH:defaultRegion.
func Update(ctx context.Context, c *gophercloud.ServiceClient, id string, opts UpdateOpts) UpdateResult {
	return gophercloud.Resource[User]{Key: "user", UpdateMethod: http.MethodPost}.Update(ctx, c, userURL(c, id), opts, nil)
}

// Delete deletes a sub-user (DELETE /users/{id}); its tokens stop
// working.
func Delete(ctx context.Context, c *gophercloud.ServiceClient, id string) DeleteResult {
	return osusers.Delete(ctx, c, id)
}

// GetAPIKey shows a user's API key.
func GetAPIKey(ctx context.Context, c *gophercloud.ServiceClient, id string) APIKeyResult {
	return APIKeyResult{Result: c.Get(ctx, apiKeyURL(c, id), nil), Key: apiKeyKey}
}

// ResetAPIKey gives a user a new API key and returns it; the old one stops
// working.
func ResetAPIKey(ctx context.Context, c *gophercloud.ServiceClient, id string) APIKeyResult {
	return APIKeyResult{Result: c.Post(ctx, resetAPIKeyURL(c, id), nil, nil), Key: apiKeyKey}
}
