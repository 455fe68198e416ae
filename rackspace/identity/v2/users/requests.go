package users

import (
	"context"
	"net/url"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/pagination"
)

// List returns a Pager (of one page) over the account's users; it does no
// I/O, so it takes no ctx.
func List(c *gophercloud.ServiceClient) pagination.Pager[User] {
	return pagination.New(c, listURL(c), pagination.Single[User]{ItemsKey: "users"}, nil)
}

// Get shows one user by ID.
func Get(ctx context.Context, c *gophercloud.ServiceClient, id string) GetResult {
	return GetResult{Result: c.Get(ctx, userURL(c, id), nil), Key: "user"}
}

// GetByName shows one user by user name (GET /users?name=…).
func GetByName(ctx context.Context, c *gophercloud.ServiceClient, name string) GetResult {
	if name == "" {
		return GetResult{Result: gophercloud.Result{Err: &gophercloud.ErrMissingInput{Argument: "users.GetByName name"}}}
	}
	return GetResult{Result: c.Get(ctx, listURL(c)+"?"+url.Values{"name": {name}}.Encode(), nil), Key: "user"}
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

// Create creates a sub-user in the caller's account.
func Create(ctx context.Context, c *gophercloud.ServiceClient, opts CreateOpts) CreateResult {
	b, err := gophercloud.BuildRequestBody(opts, "user")
	if err != nil {
		return CreateResult{Result: gophercloud.Result{Err: err}}
	}
	return CreateResult{Result: c.Post(ctx, listURL(c), b, nil), Key: "user"}
}

// UpdateOpts are the changes Update makes; fields left zero keep their
// values.
type UpdateOpts struct {
	Username      string `json:"username,omitempty"`
	Email         string `json:"email,omitempty"`
	Enabled       *bool  `json:"enabled,omitempty"`
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

// Update changes a user (POST /users/{id}, Rackspace's form).
func Update(ctx context.Context, c *gophercloud.ServiceClient, id string, opts UpdateOpts) UpdateResult {
	b, err := gophercloud.BuildRequestBody(opts, "user")
	if err != nil {
		return UpdateResult{Result: gophercloud.Result{Err: err}}
	}
	return UpdateResult{Result: c.Post(ctx, userURL(c, id), b, nil), Key: "user"}
}

// Delete deletes a sub-user; its tokens stop working.
func Delete(ctx context.Context, c *gophercloud.ServiceClient, id string) DeleteResult {
	return DeleteResult{Result: c.Delete(ctx, userURL(c, id), nil)}
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
