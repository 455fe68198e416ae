package trusts

import (
	"context"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/pagination"
)

// ListOpts filters List; the zero value lists every trust the caller may
// see.
type ListOpts struct {
	// TrustorUserID and TrusteeUserID match exactly.
	TrustorUserID string `q:"trustor_user_id"`
	TrusteeUserID string `q:"trustee_user_id"`
}

// List returns a Pager over the trusts; it does no I/O.
// https://docs.openstack.org/api-ref/identity/v3-ext/#list-trusts
func List(c *gophercloud.ServiceClient, opts ListOpts) pagination.Pager[Trust] {
	return kind.List(c, opts)
}

// Get shows one trust.
// https://docs.openstack.org/api-ref/identity/v3-ext/#get-trust
func Get(ctx context.Context, c *gophercloud.ServiceClient, id string) GetResult {
	return kind.Get(ctx, c, id)
}

// CreateOpts describes a new trust; the token's user must be the
// trustor.
type CreateOpts struct {
	// TrustorUserID and TrusteeUserID are required.
	TrustorUserID string `json:"trustor_user_id" required:"true"`
	TrusteeUserID string `json:"trustee_user_id" required:"true"`
	// Impersonation is always sent.
	Impersonation bool `json:"impersonation"`
	// ProjectID and Roles go together: the roles on that project.
	ProjectID string `json:"project_id,omitempty"`
	Roles     []Role `json:"roles,omitempty"`
	// ExpiresAt and RemainingUses, when set, limit the trust.
	ExpiresAt     *time.Time `json:"expires_at,omitempty"`
	RemainingUses *int       `json:"remaining_uses,omitempty"`
	// AllowRedelegation lets the trustee delegate further, at most
	// RedelegationCount times.
	AllowRedelegation bool `json:"allow_redelegation,omitempty"`
	RedelegationCount int  `json:"redelegation_count,omitempty"`
}

// Validate requires ProjectID with Roles, and an ID or a name on every
// role.
func (opts CreateOpts) Validate() error {
	if len(opts.Roles) > 0 && opts.ProjectID == "" {
		return &gophercloud.ErrInvalidInput{Argument: "trusts.CreateOpts.ProjectID", Reason: "roles are delegated on a project: set ProjectID"}
	}
	for _, r := range opts.Roles {
		if r.ID == "" && r.Name == "" {
			return &gophercloud.ErrInvalidInput{Argument: "trusts.CreateOpts.Roles", Reason: "each role needs an ID or a Name"}
		}
	}
	return nil
}

// Create creates a trust.
// https://docs.openstack.org/api-ref/identity/v3-ext/#create-trust
func Create(ctx context.Context, c *gophercloud.ServiceClient, opts CreateOpts) CreateResult {
	return kind.Create(ctx, c, opts)
}

// Delete deletes a trust.
// https://docs.openstack.org/api-ref/identity/v3-ext/#delete-trust
func Delete(ctx context.Context, c *gophercloud.ServiceClient, id string) DeleteResult {
	return kind.Delete(ctx, c, id)
}

// ListRoles returns a Pager over the roles a trust delegates.
// https://docs.openstack.org/api-ref/identity/v3-ext/#list-roles-delegated-by-a-trust
func ListRoles(c *gophercloud.ServiceClient, id string) pagination.Pager[Role] {
	return roleKind.Under("OS-TRUST", "trusts", id).List(c, nil)
}

// GetRole shows one role a trust delegates; a role it does not delegate
// is gophercloud.ErrNotFound.
// https://docs.openstack.org/api-ref/identity/v3-ext/#get-role-delegated-by-a-trust
func GetRole(ctx context.Context, c *gophercloud.ServiceClient, id, roleID string) GetRoleResult {
	return roleKind.Under("OS-TRUST", "trusts", id).Get(ctx, c, roleID)
}
