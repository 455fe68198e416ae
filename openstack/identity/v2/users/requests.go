package users

import (
	"context"
	"net/url"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/pagination"
)

// List returns a Pager over the users (GET /v2.0/users), following
// users_links when the service pages; it does no I/O, so it takes no ctx.
func List(c *gophercloud.ServiceClient) pagination.Pager[User] { return ListOf[User](c) }

// ListOf is List decoding each user into T, a vendor's user type that
// embeds User (rackspace/identity/v2/users does); the request and paging
// are List's.
func ListOf[T any](c *gophercloud.ServiceClient) pagination.Pager[T] {
	return pagination.New(c, listURL(c), pagination.Linked[T]{ItemsKey: "users", LinksKey: "users_links"}, nil)
}

// Get shows one user (GET /v2.0/users/{id}).
func Get(ctx context.Context, c *gophercloud.ServiceClient, id string) GetResult {
	return GetOf[User](ctx, c, id)
}

// GetOf is Get decoding the user into T, a vendor's user type that embeds
// User; the request is Get's.
func GetOf[T any](ctx context.Context, c *gophercloud.ServiceClient, id string) gophercloud.ItemResult[T] {
	return gophercloud.Resource[T]{Key: "user"}.Get(ctx, c, userURL(c, id))
}

// GetByName shows the user with a login name (GET /v2.0/users?name=…).
func GetByName(ctx context.Context, c *gophercloud.ServiceClient, name string) GetResult {
	return GetByNameOf[User](ctx, c, name)
}

// GetByNameOf is GetByName decoding the user into T.
func GetByNameOf[T any](ctx context.Context, c *gophercloud.ServiceClient, name string) gophercloud.ItemResult[T] {
	if name == "" {
		return gophercloud.ItemResult[T]{Result: gophercloud.Result{Err: &gophercloud.ErrMissingInput{Argument: "users.GetByName name"}}}
	}
	return gophercloud.ItemResult[T]{Result: c.Get(ctx, listURL(c)+"?"+url.Values{"name": {name}}.Encode(), nil), Key: "user"}
}

// CreateOptsBuilder builds the body of Create. CreateOpts implements it;
// a vendor package whose users have other fields (Rackspace's) passes its
// own options.
type CreateOptsBuilder interface {
	ToUserCreateMap() (map[string]any, error)
}

// CreateOpts describes a new user.
type CreateOpts struct {
	// Name is the login name, unique in the cloud.
	Name string `json:"name" required:"true"`
	// TenantID is the user's default tenant. It grants no role there:
	// use roles.AddUser for that.
	TenantID string `json:"tenantId,omitempty"`
	// Email is the user's address.
	Email string `json:"email,omitempty"`
	// Enabled defaults to true.
	Enabled *bool `json:"enabled,omitempty"`
	// Password is the user's password; without one the user cannot
	// authenticate until it is set. It is sent as OS-KSADM:password, the
	// extension's name for it (Keystone also took a plain "password").
	Password string `json:"OS-KSADM:password,omitempty"`
}

// ToUserCreateMap checks opts and builds {"user": {…}}.
func (opts CreateOpts) ToUserCreateMap() (map[string]any, error) {
	return gophercloud.BuildRequestBody(opts, "user")
}

// Create creates a user (POST /v2.0/users); the reference documents 201,
// Keystone answered 200.
func Create(ctx context.Context, c *gophercloud.ServiceClient, opts CreateOptsBuilder) CreateResult {
	return CreateOf[User](ctx, c, opts)
}

// CreateOf is Create decoding the new user into T, for a vendor whose
// answer carries its own fields (Rackspace's generated password).
func CreateOf[T any](ctx context.Context, c *gophercloud.ServiceClient, opts CreateOptsBuilder) gophercloud.ItemResult[T] {
	if opts == nil {
		return gophercloud.ItemResult[T]{Result: gophercloud.Result{Err: &gophercloud.ErrMissingInput{Argument: "users.CreateOptsBuilder"}}}
	}
	b, err := opts.ToUserCreateMap()
	if err != nil {
		return gophercloud.ItemResult[T]{Result: gophercloud.Result{Err: err}}
	}
	return gophercloud.Resource[T]{Key: "user"}.Create(ctx, c, listURL(c), b)
}

// UpdateOpts are the changes Update makes; fields left zero keep their
// values.
type UpdateOpts struct {
	// Name renames the user.
	Name string `json:"name,omitempty"`
	// TenantID changes the default tenant.
	TenantID string `json:"tenantId,omitempty"`
	// Email changes the address.
	Email string `json:"email,omitempty"`
	// Enabled enables or disables the user.
	Enabled *bool `json:"enabled,omitempty"`
}

// Validate refuses an UpdateOpts that changes nothing; Update calls it
// through the body builder.
func (opts UpdateOpts) Validate() error {
	if opts == (UpdateOpts{}) {
		return &gophercloud.ErrMissingInput{Argument: "users.UpdateOpts (at least one field)"}
	}
	return nil
}

// Update changes a user (PUT /v2.0/users/{id}) and returns it.
func Update(ctx context.Context, c *gophercloud.ServiceClient, id string, opts UpdateOpts) UpdateResult {
	return user.Update(ctx, c, userURL(c, id), opts, nil)
}

// Delete deletes a user (DELETE /v2.0/users/{id}); Keystone answers 204.
func Delete(ctx context.Context, c *gophercloud.ServiceClient, id string) DeleteResult {
	return user.Delete(ctx, c, userURL(c, id))
}

// ListRoles shows a user's roles on one tenant, without its global roles
// (GET /v2.0/tenants/{tenantId}/users/{userId}/roles). Keystone sends the
// whole list in one answer, so this is one request returning a
// ListRolesResult, not a Pager.
func ListRoles(ctx context.Context, c *gophercloud.ServiceClient, tenantID, userID string) ListRolesResult {
	return ListRolesResult{Result: c.Get(ctx, tenantRolesURL(c, tenantID, userID), nil), Key: "roles"}
}
