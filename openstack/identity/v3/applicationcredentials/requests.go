package applicationcredentials

import (
	"context"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/pagination"
)

// ListOpts filters List; the zero value lists all of the user's
// application credentials.
type ListOpts struct {
	// Name matches exactly.
	Name string `q:"name"`
}

// List returns a Pager over a user's application credentials; it does no
// I/O.
// https://docs.openstack.org/api-ref/identity/v3/#list-application-credentials
func List(c *gophercloud.ServiceClient, userID string, opts ListOpts) pagination.Pager[ApplicationCredential] {
	return kind.Under("users", userID).List(c, opts)
}

// Get shows one application credential (without its secret).
// https://docs.openstack.org/api-ref/identity/v3/#show-application-credential-details
func Get(ctx context.Context, c *gophercloud.ServiceClient, userID, id string) GetResult {
	return kind.Under("users", userID).Get(ctx, c, id)
}

// CreateOpts describes a new application credential; it is scoped to the
// project of the token that creates it.
type CreateOpts struct {
	// Name is required; Keystone generates Secret when it is empty.
	Name        string `json:"name" required:"true"`
	Secret      string `json:"secret,omitempty"`
	Description string `json:"description,omitempty"`
	// Roles default to all the token's roles on its project.
	Roles []Role `json:"roles,omitempty"`
	// ExpiresAt, when set, is when it stops working.
	ExpiresAt *time.Time `json:"expires_at,omitempty"`
	// Unrestricted lets it create further credentials and trusts.
	Unrestricted bool `json:"unrestricted,omitempty"`
	// AccessRules, when set, are the only calls it may make.
	AccessRules []AccessRule `json:"access_rules,omitempty"`
}

// Validate requires an ID or a name on every role.
func (opts CreateOpts) Validate() error {
	for _, r := range opts.Roles {
		if r.ID == "" && r.Name == "" {
			return &gophercloud.ErrInvalidInput{Argument: "applicationcredentials.CreateOpts.Roles", Reason: "each role needs an ID or a Name"}
		}
	}
	return nil
}

// Create creates an application credential for userID, who must be the
// token's user.
// https://docs.openstack.org/api-ref/identity/v3/#create-application-credential
func Create(ctx context.Context, c *gophercloud.ServiceClient, userID string, opts CreateOpts) CreateResult {
	return kind.Under("users", userID).Create(ctx, c, opts)
}

// Delete deletes an application credential.
// https://docs.openstack.org/api-ref/identity/v3/#delete-application-credential
func Delete(ctx context.Context, c *gophercloud.ServiceClient, userID, id string) DeleteResult {
	return kind.Under("users", userID).Delete(ctx, c, id)
}

// ListAccessRules returns a Pager over the access rules of a user's
// application credentials; it does no I/O.
// https://docs.openstack.org/api-ref/identity/v3/#list-access-rules
func ListAccessRules(c *gophercloud.ServiceClient, userID string) pagination.Pager[AccessRule] {
	return accessKind.Under("users", userID).List(c, nil)
}

// GetAccessRule shows one access rule.
// https://docs.openstack.org/api-ref/identity/v3/#show-access-rule-details
func GetAccessRule(ctx context.Context, c *gophercloud.ServiceClient, userID, id string) GetAccessRuleResult {
	return accessKind.Under("users", userID).Get(ctx, c, id)
}

// DeleteAccessRule deletes an access rule no credential uses any more.
// https://docs.openstack.org/api-ref/identity/v3/#delete-access-rule
func DeleteAccessRule(ctx context.Context, c *gophercloud.ServiceClient, userID, id string) DeleteResult {
	return accessKind.Under("users", userID).Delete(ctx, c, id)
}
