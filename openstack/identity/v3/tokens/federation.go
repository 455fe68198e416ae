package tokens

import (
	"context"
	"net/http"

	"github.com/cloudsdk/gophercloud"
)

// Federation is the OS-FEDERATION part of a federated user in a token
// (token.user["OS-FEDERATION"]).
// https://docs.openstack.org/api-ref/identity/v3-ext/#os-federation-api
type Federation struct {
	// IdentityProvider is the identity provider that vouched for the user.
	IdentityProvider Ref `json:"identity_provider"`
	// Protocol is the federation protocol used (saml2, openid, mapped, …).
	Protocol Ref `json:"protocol"`
	// Groups are the groups the identity provider's mapping put the user
	// in; the token's roles come from them.
	Groups []Ref `json:"groups"`
}

// Ref names an Identity object by ID only, as token bodies do for
// identity providers, protocols and groups.
type Ref struct {
	ID string `json:"id"`
}

// ApplicationCredential is the application_credential part of a token
// issued for an application credential.
type ApplicationCredential struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	// Restricted is true when the credential may not create other
	// application credentials or trusts.
	Restricted bool `json:"restricted"`
	// AccessRules limit the API calls the token may make; empty means
	// every call its roles allow.
	AccessRules []AccessRule `json:"access_rules,omitempty"`
}

// AccessRule allows one API call (service, method, path) to an
// application credential's tokens.
type AccessRule struct {
	ID      string `json:"id,omitempty"`
	Service string `json:"service"`
	Method  string `json:"method"`
	Path    string `json:"path"`
}

// ExtractFederation returns the federated part of the token's user, or
// nil for a token of a local user.
func (r TokenResult) ExtractFederation() (*Federation, error) {
	info, err := r.Extract()
	if err != nil {
		return nil, err
	}
	return info.User.Federation, nil
}

// ExtractApplicationCredential returns the application credential the
// token was issued for, or nil for a token issued otherwise.
func (r TokenResult) ExtractApplicationCredential() (*ApplicationCredential, error) {
	info, err := r.Extract()
	if err != nil {
		return nil, err
	}
	return info.ApplicationCredential, nil
}

// FederatedAuthOpts carries what the identity provider's protocol needs on
// the request; the zero value sends nothing extra (SAML2 ECP and mapped
// protocols authenticate through the web server in front of Keystone).
type FederatedAuthOpts struct {
	// AccessToken is an OpenID Connect access token, sent as
	// "Authorization: Bearer <token>" for the openid protocol.
	AccessToken string
}

// FederatedAuth asks Keystone for an unscoped token of a federated user
// (POST /v3/OS-FEDERATION/identity_providers/{idp}/protocols/{protocol}/auth).
// Scope the result with Create and gophercloud.AuthOptions{TokenID: …,
// Scope: …}, as for any token.
// https://docs.openstack.org/api-ref/identity/v3-ext/#request-an-unscoped-os-federation-token
func FederatedAuth(ctx context.Context, c *gophercloud.ServiceClient, idp, protocol string, opts FederatedAuthOpts) (r CreateResult) {
	ro := &gophercloud.RequestOpts{OkCodes: []int{http.StatusCreated}, NoAuth: true}
	if opts.AccessToken != "" {
		ro.MoreHeaders = map[string]string{"Authorization": "Bearer " + opts.AccessToken}
	}
	r.Result = c.Post(ctx, federatedAuthURL(c, idp, protocol), nil, ro)
	return
}
