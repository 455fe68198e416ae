package users

import (
	"context"
	"net/http"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/groups"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/projects"
	"github.com/cloudsdk/gophercloud/pagination"
)

// ListOpts filters List; the zero value lists every user the caller may
// see.
type ListOpts struct {
	// DomainID, Name and IdPID / ProtocolID / UniqueID match exactly.
	DomainID   string `q:"domain_id"`
	Name       string `q:"name"`
	IdPID      string `q:"idp_id"`
	ProtocolID string `q:"protocol_id"`
	UniqueID   string `q:"unique_id"`
	// Enabled, when set, matches that flag.
	Enabled *bool `q:"enabled"`
	// PasswordExpiresAt filters on expiry ("lt:2026-12-01T00:00:00Z").
	PasswordExpiresAt string `q:"password_expires_at"`
}

// List returns a Pager over the users; it does no I/O.
// https://docs.openstack.org/api-ref/identity/v3/#list-users
func List(c *gophercloud.ServiceClient, opts ListOpts) pagination.Pager[User] {
	return kind.List(c, opts)
}

// Get shows one user.
// https://docs.openstack.org/api-ref/identity/v3/#show-user-details
func Get(ctx context.Context, c *gophercloud.ServiceClient, id string) GetResult {
	return kind.Get(ctx, c, id)
}

// CreateOpts describes a new user.
type CreateOpts struct {
	// Name must be unique in the domain; the rest is optional (Enabled
	// defaults to true).
	Name             string `json:"name" required:"true"`
	DomainID         string `json:"domain_id,omitempty"`
	DefaultProjectID string `json:"default_project_id,omitempty"`
	Description      string `json:"description,omitempty"`
	Enabled          *bool  `json:"enabled,omitempty"`
	Password         string `json:"password,omitempty"`
	// Options sets user options, e.g. {"ignore_password_expiry": true}.
	Options map[string]any `json:"options,omitempty"`
}

// Create creates a user.
// https://docs.openstack.org/api-ref/identity/v3/#create-user
func Create(ctx context.Context, c *gophercloud.ServiceClient, opts CreateOpts) CreateResult {
	return kind.Create(ctx, c, opts)
}

// UpdateOpts changes a user; unset fields stay as they are.
type UpdateOpts struct {
	// Name renames; the pointer fields replace when set; Password resets
	// the password without the old one (admin).
	Name             string         `json:"name,omitempty"`
	DomainID         string         `json:"domain_id,omitempty"`
	DefaultProjectID *string        `json:"default_project_id,omitempty"`
	Description      *string        `json:"description,omitempty"`
	Enabled          *bool          `json:"enabled,omitempty"`
	Password         string         `json:"password,omitempty"`
	Options          map[string]any `json:"options,omitempty"`
}

// Update changes a user.
// https://docs.openstack.org/api-ref/identity/v3/#update-user
func Update(ctx context.Context, c *gophercloud.ServiceClient, id string, opts UpdateOpts) UpdateResult {
	return kind.Update(ctx, c, id, opts)
}

// Delete deletes a user.
// https://docs.openstack.org/api-ref/identity/v3/#delete-user
func Delete(ctx context.Context, c *gophercloud.ServiceClient, id string) DeleteResult {
	return kind.Delete(ctx, c, id)
}

// ChangePasswordOpts is a user's own password change.
type ChangePasswordOpts struct {
	// OriginalPassword is the current password; Password the new one.
	OriginalPassword string `json:"original_password" required:"true"`
	Password         string `json:"password" required:"true"`
}

// ChangePassword changes a user's password given the current one
// (POST /v3/users/{id}/password); Keystone answers 204.
// https://docs.openstack.org/api-ref/identity/v3/#change-password-for-user
func ChangePassword(ctx context.Context, c *gophercloud.ServiceClient, id string, opts ChangePasswordOpts) ChangePasswordResult {
	b, err := gophercloud.BuildRequestBody(opts, "user")
	if err != nil {
		return ChangePasswordResult{Result: gophercloud.Result{Err: err}}
	}
	return ChangePasswordResult{Result: c.Post(ctx, passwordURL(c, id), b, &gophercloud.RequestOpts{OkCodes: []int{http.StatusNoContent}})}
}

// ListGroups returns a Pager over the groups a user belongs to.
// https://docs.openstack.org/api-ref/identity/v3/#list-groups-to-which-a-user-belongs
func ListGroups(c *gophercloud.ServiceClient, id string) pagination.Pager[groups.Group] {
	return groupKind.Under("users", id).List(c, nil)
}

// ListProjects returns a Pager over the projects a user has a role on.
// https://docs.openstack.org/api-ref/identity/v3/#list-projects-for-user
func ListProjects(c *gophercloud.ServiceClient, id string) pagination.Pager[projects.Project] {
	return projectKind.Under("users", id).List(c, nil)
}

// ListInGroup returns a Pager over the users in a group.
// https://docs.openstack.org/api-ref/identity/v3/#list-users-in-group
func ListInGroup(c *gophercloud.ServiceClient, groupID string) pagination.Pager[User] {
	return kind.Under("groups", groupID).List(c, nil)
}

// AddToGroup adds a user to a group (PUT /v3/groups/{g}/users/{u}).
// https://docs.openstack.org/api-ref/identity/v3/#add-user-to-group
func AddToGroup(ctx context.Context, c *gophercloud.ServiceClient, groupID, userID string) MembershipResult {
	return MembershipResult{Result: c.Put(ctx, memberURL(c, groupID, userID), nil, &gophercloud.RequestOpts{OkCodes: []int{http.StatusNoContent}})}
}

// CheckInGroup succeeds when the user is in the group; otherwise its
// error matches gophercloud.ErrNotFound.
// https://docs.openstack.org/api-ref/identity/v3/#check-whether-user-belongs-to-group
func CheckInGroup(ctx context.Context, c *gophercloud.ServiceClient, groupID, userID string) MembershipResult {
	return MembershipResult{Result: c.Head(ctx, memberURL(c, groupID, userID), &gophercloud.RequestOpts{OkCodes: []int{http.StatusNoContent}})}
}

// RemoveFromGroup removes a user from a group.
// https://docs.openstack.org/api-ref/identity/v3/#remove-user-from-group
func RemoveFromGroup(ctx context.Context, c *gophercloud.ServiceClient, groupID, userID string) MembershipResult {
	return MembershipResult{Result: c.Delete(ctx, memberURL(c, groupID, userID), &gophercloud.RequestOpts{OkCodes: []int{http.StatusNoContent}})}
}
