package tokens

import (
	"fmt"
	"time"

	"github.com/cloudsdk/gophercloud"
)

// Token is an issued token: what a client sends and when it stops working.
type Token struct {
	ID        string    `json:"id"`
	ExpiresAt time.Time `json:"expires_at"`
}

// TokenInfo is the body of a token response, decoded in one pass.
type TokenInfo struct {
	Methods   []string             `json:"methods"`
	ExpiresAt gophercloud.JSONTime `json:"expires_at"`
	IssuedAt  gophercloud.JSONTime `json:"issued_at"`
	User      User                 `json:"user"`
	Project   *Project             `json:"project,omitempty"`
	Domain    *Domain              `json:"domain,omitempty"`
	System    *System              `json:"system,omitempty"`
	Roles     []Role               `json:"roles,omitempty"`
	Catalog   []CatalogEntry       `json:"catalog,omitempty"`
	AuditIDs  []string             `json:"audit_ids,omitempty"`
	// ApplicationCredential is set on a token issued for an application
	// credential (methods ["application_credential"]).
	ApplicationCredential *ApplicationCredential `json:"application_credential,omitempty"`
}

// System is the system scope of a token: {"all": true} for the whole
// deployment, nil (in TokenInfo) for a token not scoped to the system.
type System struct {
	All bool `json:"all"`
}

// ServiceCatalog is the list of services and endpoints a token may use.
type ServiceCatalog struct {
	Entries []CatalogEntry `json:"catalog"`
}

// CatalogEntry is one service of the catalog.
type CatalogEntry struct {
	ID        string     `json:"id"`
	Name      string     `json:"name"`
	Type      string     `json:"type"`
	Endpoints []Endpoint `json:"endpoints"`
}

// Endpoint is one URL of a service, for one interface and region.
type Endpoint struct {
	ID        string `json:"id"`
	Region    string `json:"region"`
	RegionID  string `json:"region_id"`
	Interface string `json:"interface"`
	URL       string `json:"url"`
}

// Domain is a user's or project's domain.
type Domain struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// User is the token's user.
type User struct {
	ID                string  `json:"id"`
	Name              string  `json:"name"`
	Domain            Domain  `json:"domain"`
	PasswordExpiresAt *string `json:"password_expires_at,omitempty"`
	// Federation is set for a federated user: the identity provider, the
	// protocol and the groups the mapping put the user in.
	Federation *Federation `json:"OS-FEDERATION,omitempty"`
}

// Project is the token's project scope.
type Project struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	Domain Domain `json:"domain"`
}

// Role is a role the user holds in the token's scope.
type Role struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// TokenResult is the result of a call that answers with a token: Create
// (authenticate) and Get (validate and show). It embeds gophercloud.Result,
// so Header, StatusCode and ExtractInto (for token fields this package does
// not model) are there too.
type TokenResult struct{ gophercloud.Result }

// Extract decodes the whole token body once; prefer it over calling several
// ExtractX methods.
func (r TokenResult) Extract() (*TokenInfo, error) {
	return gophercloud.Extract[TokenInfo](r.Result, "token")
}

// ExtractToken returns the token ID (from the X-Subject-Token header) and
// its expiry.
func (r TokenResult) ExtractToken() (*Token, error) {
	info, err := r.Extract()
	if err != nil {
		return nil, err
	}
	id, err := r.ExtractTokenID()
	if err != nil {
		return nil, err
	}
	return &Token{ID: id, ExpiresAt: info.ExpiresAt.Time}, nil
}

// ExtractTokenID returns the token ID from the X-Subject-Token header.
func (r TokenResult) ExtractTokenID() (string, error) {
	if r.Err != nil {
		return "", r.Err
	}
	id := r.Header.Get("X-Subject-Token")
	if id == "" {
		return "", fmt.Errorf("%w: no X-Subject-Token header", gophercloud.ErrMalformedResponse)
	}
	return id, nil
}

// ExtractCatalog returns the service catalog (empty for an unscoped token).
func (r TokenResult) ExtractCatalog() (*ServiceCatalog, error) {
	info, err := r.Extract()
	if err != nil {
		return nil, err
	}
	return &ServiceCatalog{Entries: info.Catalog}, nil
}

// ExtractUser returns the token's user.
func (r TokenResult) ExtractUser() (*User, error) {
	info, err := r.Extract()
	if err != nil {
		return nil, err
	}
	return &info.User, nil
}

// ExtractProject returns the project scope, nil when not project-scoped.
func (r TokenResult) ExtractProject() (*Project, error) {
	info, err := r.Extract()
	if err != nil {
		return nil, err
	}
	return info.Project, nil
}

// ExtractDomain returns the domain scope, nil when not domain-scoped.
func (r TokenResult) ExtractDomain() (*Domain, error) {
	info, err := r.Extract()
	if err != nil {
		return nil, err
	}
	return info.Domain, nil
}

// ExtractRoles returns the roles in the token's scope.
func (r TokenResult) ExtractRoles() ([]Role, error) {
	info, err := r.Extract()
	if err != nil {
		return nil, err
	}
	return info.Roles, nil
}

// CatalogResult is the result of GetCatalog; Extract returns the
// *ServiceCatalog, as TokenResult.ExtractCatalog does.
type CatalogResult struct{ gophercloud.Result }

// Extract decodes the "catalog" list once. A body without it is
// gophercloud.ErrMalformedResponse.
func (r CatalogResult) Extract() (*ServiceCatalog, error) {
	entries, err := gophercloud.ExtractSlice[CatalogEntry](r.Result, "catalog")
	if err != nil {
		return nil, err
	}
	return &ServiceCatalog{Entries: entries}, nil
}

// CreateResult is the result of Create (authenticate): a TokenResult, whose
// Extract, ExtractToken, ExtractCatalog, … decode it.
type CreateResult = TokenResult

// GetResult is the result of Get: a TokenResult.
type GetResult = TokenResult

// RevokeResult is the result of Revoke: ExtractErr reports its error.
type RevokeResult = gophercloud.ErrResult
