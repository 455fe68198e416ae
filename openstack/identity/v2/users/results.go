package users

import (
	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/identity/v2/roles"
)

// User is a Keystone v2.0 user.
type User struct {
	// ID identifies the user.
	ID string `json:"id"`
	// Name is the user's login name; Keystone also sends it as Username.
	Name     string `json:"name,omitempty"`
	Username string `json:"username,omitempty"`
	// TenantID is the user's default tenant, if any.
	TenantID string `json:"tenantId,omitempty"`
	// Email is the user's address, if any.
	Email string `json:"email,omitempty"`
	// Enabled is false for a user who cannot authenticate.
	Enabled bool `json:"enabled"`
}

// GetResult is the result of Get and GetByName; Extract returns the *User.
type GetResult = gophercloud.ItemResult[User]

// CreateResult is the result of Create; Extract returns the *User.
type CreateResult = gophercloud.ItemResult[User]

// UpdateResult is the result of Update; Extract returns the *User.
type UpdateResult = gophercloud.ItemResult[User]

// DeleteResult is the result of Delete.
type DeleteResult = gophercloud.ErrResult

// ListRolesResult is the result of ListRoles; Extract returns the
// []roles.Role.
type ListRolesResult = gophercloud.ValueResult[[]roles.Role]
