package trusts

import "github.com/cloudsdk/gophercloud"

// Role is a role a trust delegates; on create, give its ID or its Name.
type Role struct {
	ID       string `json:"id,omitempty"`
	Name     string `json:"name,omitempty"`
	DomainID string `json:"domain_id,omitempty"`
}

// Trust is a delegation from TrustorUserID to TrusteeUserID.
type Trust struct {
	// ID is the trust's ID.
	ID string `json:"id"`
	// TrustorUserID delegates to TrusteeUserID.
	TrustorUserID string `json:"trustor_user_id"`
	TrusteeUserID string `json:"trustee_user_id"`
	// ProjectID is the project the roles apply on.
	ProjectID string `json:"project_id"`
	// Impersonation makes trust tokens carry the trustor as their user.
	Impersonation bool `json:"impersonation"`
	// Roles are the delegated roles.
	Roles []Role `json:"roles"`
	// ExpiresAt is when it ends; zero for never.
	ExpiresAt gophercloud.JSONTime `json:"expires_at"`
	// RemainingUses is how many more tokens it may issue; nil for no
	// limit.
	RemainingUses *int `json:"remaining_uses"`
	// AllowRedelegation lets the trustee delegate further, up to
	// RedelegationCount times.
	AllowRedelegation bool `json:"allow_redelegation"`
	RedelegationCount int  `json:"redelegation_count"`
	// Links holds the self link.
	Links map[string]string `json:"links"`
}

// GetResult is the result of Get; Extract returns the *Trust.
type GetResult = gophercloud.ItemResult[Trust]

// CreateResult is the result of Create; Extract returns the *Trust.
type CreateResult = gophercloud.ItemResult[Trust]

// DeleteResult is the result of Delete.
type DeleteResult = gophercloud.ErrResult

// GetRoleResult is the result of GetRole; Extract returns the *Role.
type GetRoleResult = gophercloud.ItemResult[Role]
