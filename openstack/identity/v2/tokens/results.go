package tokens

import (
	"fmt"
	"time"

	"github.com/cloudsdk/gophercloud"
)

// Access is the body of a v2 token response, decoded in one pass.
type Access struct {
	Token          Token          `json:"token"`
	ServiceCatalog []CatalogEntry `json:"serviceCatalog"`
	User           User           `json:"user"`
}

// Token is an issued token and the tenant it is scoped to.
type Token struct {
	ID        string               `json:"id"`
	ExpiresAt gophercloud.JSONTime `json:"expires"`
	IssuedAt  gophercloud.JSONTime `json:"issued_at"`
	Tenant    Tenant               `json:"tenant"`
	AuditIDs  []string             `json:"audit_ids,omitempty"`
}

// Expires returns the expiry as a time.Time.
func (t Token) Expires() time.Time { return t.ExpiresAt.Time }

// Tenant is a v2 project.
type Tenant struct {
	ID          string `json:"id"`
	Name        string `json:"name"`
	Description string `json:"description,omitempty"`
	Enabled     bool   `json:"enabled"`
}

// ServiceCatalog is the list of services a token may use.
type ServiceCatalog struct {
	Entries []CatalogEntry
}

// CatalogEntry is one service of a v2 catalog.
type CatalogEntry struct {
	Name      string     `json:"name"`
	Type      string     `json:"type"`
	Endpoints []Endpoint `json:"endpoints"`
}

// Endpoint holds a service's URLs in one region; v2 puts all three
// interfaces in one record.
type Endpoint struct {
	ID          string `json:"id,omitempty"`
	Region      string `json:"region"`
	TenantID    string `json:"tenantId,omitempty"`
	PublicURL   string `json:"publicURL"`
	InternalURL string `json:"internalURL"`
	AdminURL    string `json:"adminURL"`
	VersionID   string `json:"versionId,omitempty"`
}

// User is the token's user.
type User struct {
	ID       string `json:"id"`
	Name     string `json:"name"`
	UserName string `json:"username"`
	Roles    []Role `json:"roles"`
}

// Role is a role the user holds in the tenant.
type Role struct {
	Name string `json:"name"`
}

// TokenResult is the result of a call that answers with a token: Create
// (authenticate) and Get (validate and show). It embeds gophercloud.Result,
// so Header, StatusCode and ExtractInto (for token fields this package does
// not model) are there too.
type TokenResult struct{ gophercloud.Result }

// Extract decodes the whole access document once.
func (r TokenResult) Extract() (*Access, error) {
	a, err := gophercloud.Extract[Access](r.Result, "access")
	if err != nil {
		return nil, err
	}
	if a.Token.ID == "" {
		return nil, fmt.Errorf("%w: access document without token id", gophercloud.ErrMalformedResponse)
	}
	return a, nil
}

// ExtractToken returns the token.
func (r TokenResult) ExtractToken() (*Token, error) {
	a, err := r.Extract()
	if err != nil {
		return nil, err
	}
	return &a.Token, nil
}

// ExtractTokenID returns the token ID.
func (r TokenResult) ExtractTokenID() (string, error) {
	t, err := r.ExtractToken()
	if err != nil {
		return "", err
	}
	return t.ID, nil
}

// ExtractServiceCatalog returns the catalog.
func (r TokenResult) ExtractServiceCatalog() (*ServiceCatalog, error) {
	a, err := r.Extract()
	if err != nil {
		return nil, err
	}
	return &ServiceCatalog{Entries: a.ServiceCatalog}, nil
}

// ExtractUser returns the user with its roles.
func (r TokenResult) ExtractUser() (*User, error) {
	a, err := r.Extract()
	if err != nil {
		return nil, err
	}
	return &a.User, nil
}

// CreateResult is the result of Create (authenticate): a TokenResult, whose
// Extract, ExtractToken, ExtractCatalog, … decode it.
type CreateResult = TokenResult

// GetResult is the result of Get: a TokenResult.
type GetResult = TokenResult

// CheckResult is the result of Check: Extract reports whether the token is
// valid, false for a 404.
type CheckResult = gophercloud.ExistsResult

// ServiceEndpoint is one endpoint of a token's catalog as ListEndpoints
// reports it: an Endpoint with the name and type of its service.
type ServiceEndpoint struct {
	Endpoint
	// Name is the service's name ("nova").
	Name string `json:"name"`
	// Type is the service's type ("compute").
	Type string `json:"type"`
}

// RevokeResult is the result of Revoke: ExtractErr reports its error.
type RevokeResult = gophercloud.ErrResult
