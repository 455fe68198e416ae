package users

import (
	"encoding/json"

	"github.com/cloudsdk/gophercloud"
)

// User is a Keystone user.
type User struct {
	// ID is the user's ID.
	ID string `json:"id"`
	// Name is unique within its domain.
	Name string `json:"name"`
	// DomainID is the owning domain.
	DomainID string `json:"domain_id"`
	// DefaultProjectID is the project a token is scoped to when none is
	// asked for.
	DefaultProjectID string `json:"default_project_id"`
	// Description is free text.
	Description string `json:"description"`
	// Enabled is false for a disabled user.
	Enabled bool `json:"enabled"`
	// PasswordExpiresAt is when the password expires; zero for never.
	PasswordExpiresAt gophercloud.JSONTime `json:"password_expires_at"`
	// Options are the user's options (ignore_password_expiry,
	// multi_factor_auth_rules, …), raw because their values vary.
	Options map[string]json.RawMessage `json:"options,omitempty"`
	// Links holds the self link.
	Links map[string]string `json:"links"`
}

// GetResult is the result of Get; Extract returns the *User.
type GetResult = gophercloud.ItemResult[User]

// CreateResult is the result of Create; Extract returns the *User.
type CreateResult = gophercloud.ItemResult[User]

// UpdateResult is the result of Update; Extract returns the *User.
type UpdateResult = gophercloud.ItemResult[User]

// DeleteResult is the result of Delete.
type DeleteResult = gophercloud.ErrResult

// ChangePasswordResult is the result of ChangePassword.
type ChangePasswordResult = gophercloud.ErrResult

// MembershipResult is the result of AddToGroup, CheckInGroup and
// RemoveFromGroup.
type MembershipResult = gophercloud.ErrResult
