package tokens

import "github.com/cloudsdk/gophercloud"

// TrustScope asks Create for a trust-scoped token: the trustee
// authenticates with Auth, which must not name a scope of its own, and the
// token carries the trust's roles on the trust's project (OS-TRUST).
//
//	r := tokens.Create(ctx, identity, tokens.TrustScope{Auth: trusteeOpts, TrustID: tr.ID})
//
// https://docs.openstack.org/api-ref/identity/v3-ext/#consuming-a-trust
type TrustScope struct {
	// Auth identifies the trustee (password, token, …).
	Auth gophercloud.AuthOptions
	// TrustID is the trust to consume.
	TrustID string
}

// ToTokenV3CreateMap builds Auth's identity with a {"OS-TRUST:trust"}
// scope.
func (o TrustScope) ToTokenV3CreateMap() (map[string]any, error) {
	if o.TrustID == "" {
		return nil, &gophercloud.ErrMissingInput{Argument: "tokens.TrustScope.TrustID"}
	}
	a := o.Auth
	if a.TenantID != "" || a.TenantName != "" || a.Scope != nil {
		return nil, &gophercloud.ErrInvalidInput{Argument: "tokens.TrustScope.Auth", Reason: "a trust token takes its scope from the trust: leave TenantID, TenantName and Scope empty"}
	}
	b, err := a.ToTokenV3CreateMap()
	if err != nil {
		return nil, err
	}
	auth, ok := b["auth"].(map[string]any)
	if !ok {
		return nil, &gophercloud.ErrInvalidInput{Argument: "tokens.TrustScope.Auth", Reason: "options built no auth object"}
	}
	auth["scope"] = map[string]any{"OS-TRUST:trust": map[string]any{"id": o.TrustID}}
	return b, nil
}

// Trust is the OS-TRUST:trust part of a trust-scoped token.
type Trust struct {
	// ID is the consumed trust.
	ID string `json:"id"`
	// Impersonation is true when the token's user is the trustor.
	Impersonation bool `json:"impersonation"`
	// TrustorUser and TrusteeUser name the two sides by ID.
	TrustorUser struct {
		ID string `json:"id"`
	} `json:"trustor_user"`
	TrusteeUser struct {
		ID string `json:"id"`
	} `json:"trustee_user"`
}

// ExtractTrust returns the token's trust, or nil for a token not scoped to
// one.
func (r TokenResult) ExtractTrust() (*Trust, error) {
	v, err := gophercloud.Extract[struct {
		Trust *Trust `json:"OS-TRUST:trust"`
	}](r.Result, "token")
	if err != nil {
		return nil, err
	}
	return v.Trust, nil
}
