package tokens

import (
	"fmt"

	"github.com/cloudsdk/gophercloud"
	ostokens "github.com/cloudsdk/gophercloud/openstack/identity/v2/tokens"
)

// Access is the decoded access document (token, catalog, user).
type Access = ostokens.Access

// CreateResult is the result of Create: Extract, ExtractToken,
// ExtractServiceCatalog and ExtractUser decode it; ExtractRAX reads the
// Rackspace fields.
type CreateResult = ostokens.CreateResult

// GetResult is the result of Get, decoded as CreateResult.
type GetResult = ostokens.GetResult

// RevokeResult is the result of Revoke.
type RevokeResult = ostokens.RevokeResult

// RAX holds the fields Rackspace adds to an access document.
type RAX struct {
	// AuthenticatedBy lists how the token was obtained ("APIKEY",
	// "PASSWORD", "PASSCODE", …).
	AuthenticatedBy []string
	// DefaultRegion is the user's default region ("DFW").
	DefaultRegion string
	// DomainID is the user's identity domain (the account).
	DomainID string
	// Roles are the user's roles with their IDs and, for tenant roles,
	// the tenant.
	Roles []Role
}

// Role is a role of the token's user as Rackspace lists it.
type Role struct {
	ID          string `json:"id"`
	Name        string `json:"name"`
	Description string `json:"description"`
	TenantID    string `json:"tenantId"`
}

type raxAccess struct {
	Token struct {
		ID              string   `json:"id"`
		AuthenticatedBy []string `json:"RAX-AUTH:authenticatedBy"`
	} `json:"token"`
	User struct {
		DefaultRegion string `json:"RAX-AUTH:defaultRegion"`
		DomainID      string `json:"RAX-AUTH:domainId"`
		Roles         []Role `json:"roles"`
	} `json:"user"`
}

// ExtractRAX decodes the Rackspace fields of a Create or Get result (pass
// its Result).
func ExtractRAX(r gophercloud.Result) (*RAX, error) {
	a, err := gophercloud.Extract[raxAccess](r, "access")
	if err != nil {
		return nil, err
	}
	if a.Token.ID == "" {
		return nil, fmt.Errorf("%w: access document without token id", gophercloud.ErrMalformedResponse)
	}
	return &RAX{AuthenticatedBy: a.Token.AuthenticatedBy, DefaultRegion: a.User.DefaultRegion, DomainID: a.User.DomainID, Roles: a.User.Roles}, nil
}
