package applicationcredentials

import "github.com/cloudsdk/gophercloud"

// Role is a role an application credential delegates; on create, give
// its ID or its Name.
type Role struct {
	ID       string `json:"id,omitempty"`
	Name     string `json:"name,omitempty"`
	DomainID string `json:"domain_id,omitempty"`
}

// AccessRule limits an application credential to some API calls: Method
// on Path (which may hold "*" and "**") of Service (a service type).
type AccessRule struct {
	// ID is set by Keystone; leave it empty on create, or set it to reuse
	// an existing rule.
	ID      string `json:"id,omitempty"`
	Path    string `json:"path,omitempty"`
	Method  string `json:"method,omitempty"`
	Service string `json:"service,omitempty"`
}

// ApplicationCredential is a credential a user delegates to an
// application, bound to one project.
type ApplicationCredential struct {
	// ID is the credential's ID.
	ID string `json:"id"`
	// Name is unique among the user's credentials.
	Name string `json:"name"`
	// Description is free text.
	Description string `json:"description"`
	// ProjectID is the project it is scoped to.
	ProjectID string `json:"project_id"`
	// Roles are the delegated roles.
	Roles []Role `json:"roles"`
	// ExpiresAt is when it stops working; zero for never.
	ExpiresAt gophercloud.JSONTime `json:"expires_at"`
	// Unrestricted lets it create further credentials and trusts.
	Unrestricted bool `json:"unrestricted"`
	// AccessRules, when set, are the only calls it may make.
	AccessRules []AccessRule `json:"access_rules"`
	// Secret is returned by Create only.
	Secret string `json:"secret"`
	// Links holds the self link.
	Links map[string]string `json:"links"`
}

// GetResult is the result of Get; Extract returns the
// *ApplicationCredential.
type GetResult = gophercloud.ItemResult[ApplicationCredential]

// CreateResult is the result of Create; Extract returns the
// *ApplicationCredential with its Secret.
type CreateResult = gophercloud.ItemResult[ApplicationCredential]

// DeleteResult is the result of Delete and DeleteAccessRule.
type DeleteResult = gophercloud.ErrResult

// GetAccessRuleResult is the result of GetAccessRule; Extract returns the
// *AccessRule.
type GetAccessRuleResult = gophercloud.ItemResult[AccessRule]
