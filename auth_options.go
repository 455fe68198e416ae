package gophercloud

// AuthOptions holds what Keystone needs to issue a token, for both the v2
// and v3 Identity APIs. Fill it by hand, from OS_* variables
// (openstack.AuthOptionsFromEnv) or from clouds.yaml (openstack.LoadCloud).
//
// Exactly one way of authenticating is used, picked in this order:
// application credential (ApplicationCredentialID or Name + Secret), an
// existing token (TokenID), then a password (with Passcode added for TOTP).
type AuthOptions struct {
	// IdentityEndpoint is the Keystone URL. With a version suffix ("/v3",
	// "/v2.0") that version is used; without one it is discovered, v3 first.
	IdentityEndpoint string

	// Username or UserID identify the user; a Username needs its domain
	// (DomainID or DomainName) on v3.
	Username string
	UserID   string
	// Password authenticates the user.
	Password string
	// Passcode is a TOTP code, sent with the password (multi-factor).
	Passcode string

	// DomainID or DomainName is the user's domain (v3).
	DomainID   string
	DomainName string

	// TenantID or TenantName (called project on v3) scopes the token. On
	// v3 a TenantName is looked up in the user's domain unless Scope says
	// otherwise.
	TenantID   string
	TenantName string

	// AllowReauth lets the ProviderClient get a new token with these
	// options when the old one expires. The options (with the password)
	// are then kept in memory for the client's lifetime.
	AllowReauth bool

	// TokenID authenticates with an existing token.
	TokenID string

	// Scope overrides TenantID/TenantName (v3 only): a project, a domain,
	// or the whole system.
	Scope *AuthScope

	// ApplicationCredentialID, or ApplicationCredentialName with the
	// user, plus ApplicationCredentialSecret authenticate with an
	// application credential (v3 only; its scope is fixed).
	ApplicationCredentialID     string
	ApplicationCredentialName   string
	ApplicationCredentialSecret string
}

// AuthScope is the v3 scope of a token.
type AuthScope struct {
	ProjectID   string
	ProjectName string
	// DomainID/DomainName are the project's domain when ProjectName is set,
	// and the scope itself otherwise.
	DomainID   string
	DomainName string
	// System requests a system-scoped token.
	System bool
}

// CanReauth reports whether these options may be kept to re-authenticate.
func (o AuthOptions) CanReauth() bool { return o.AllowReauth }

// ToTokenV3CreateMap builds the body of POST /v3/auth/tokens, checking the
// options first so a mistake is reported before any request.
func (o AuthOptions) ToTokenV3CreateMap() (map[string]any, error) {
	identity, err := o.v3Identity()
	if err != nil {
		return nil, err
	}
	auth := map[string]any{"identity": identity}
	scope, err := o.v3Scope()
	if err != nil {
		return nil, err
	}
	if scope != nil {
		auth["scope"] = scope
	}
	return map[string]any{"auth": auth}, nil
}

func (o AuthOptions) usesAppCredential() bool {
	return o.ApplicationCredentialID != "" || o.ApplicationCredentialName != ""
}

func (o AuthOptions) v3Identity() (map[string]any, error) {
	switch {
	case o.usesAppCredential():
		if o.ApplicationCredentialSecret == "" {
			return nil, &ErrMissingInput{Argument: "AuthOptions.ApplicationCredentialSecret"}
		}
		cred := map[string]any{"secret": o.ApplicationCredentialSecret}
		if o.ApplicationCredentialID != "" {
			cred["id"] = o.ApplicationCredentialID
		} else {
			user, err := o.v3User()
			if err != nil {
				return nil, err
			}
			cred["name"] = o.ApplicationCredentialName
			cred["user"] = user
		}
		return map[string]any{"methods": []string{"application_credential"}, "application_credential": cred}, nil
	case o.TokenID != "":
		if o.Password != "" || o.Username != "" || o.UserID != "" {
			return nil, &ErrInvalidInput{Argument: "AuthOptions.TokenID", Reason: "a token cannot be combined with a user or password"}
		}
		return map[string]any{"methods": []string{"token"}, "token": map[string]any{"id": o.TokenID}}, nil
	}
	if o.Password == "" && o.Passcode != "" {
		// TOTP alone (keystoneauth's v3totp).
		user, err := o.v3User()
		if err != nil {
			return nil, err
		}
		user["passcode"] = o.Passcode
		return map[string]any{"methods": []string{"totp"}, "totp": map[string]any{"user": user}}, nil
	}
	if o.Password == "" {
		return nil, &ErrMissingInput{Argument: "AuthOptions.Password"}
	}
	user, err := o.v3User()
	if err != nil {
		return nil, err
	}
	user["password"] = o.Password
	identity := map[string]any{"methods": []string{"password"}, "password": map[string]any{"user": user}}
	if o.Passcode != "" {
		totpUser, _ := o.v3User()
		totpUser["passcode"] = o.Passcode
		identity["methods"] = []string{"password", "totp"}
		identity["totp"] = map[string]any{"user": totpUser}
	}
	return identity, nil
}

func (o AuthOptions) v3User() (map[string]any, error) {
	switch {
	case o.UserID != "" && o.Username != "":
		return nil, &ErrInvalidInput{Argument: "AuthOptions.UserID", Reason: "set UserID or Username, not both"}
	case o.UserID != "":
		return map[string]any{"id": o.UserID}, nil
	case o.Username == "":
		return nil, &ErrMissingInput{Argument: "AuthOptions.Username"}
	}
	domain, err := domainRef("AuthOptions.DomainID", o.DomainID, o.DomainName)
	if err != nil {
		return nil, err
	}
	if domain == nil {
		return nil, &ErrMissingInput{Argument: "AuthOptions.DomainID or AuthOptions.DomainName (the user's domain)"}
	}
	return map[string]any{"name": o.Username, "domain": domain}, nil
}

func domainRef(field, id, name string) (map[string]any, error) {
	switch {
	case id != "" && name != "":
		return nil, &ErrInvalidInput{Argument: field, Reason: "set the domain's ID or its name, not both"}
	case id != "":
		return map[string]any{"id": id}, nil
	case name != "":
		return map[string]any{"name": name}, nil
	}
	return nil, nil
}

func (o AuthOptions) v3Scope() (map[string]any, error) {
	if o.Scope == nil && o.TenantID != "" && o.TenantName != "" {
		return nil, &ErrInvalidInput{Argument: "AuthOptions.TenantID", Reason: "set TenantID or TenantName, not both"}
	}
	s := o.Scope
	if s == nil && (o.TenantID != "" || o.TenantName != "") {
		s = &AuthScope{ProjectID: o.TenantID, ProjectName: o.TenantName, DomainID: o.DomainID, DomainName: o.DomainName}
	}
	if s == nil {
		return nil, nil
	}
	if o.usesAppCredential() {
		return nil, &ErrInvalidInput{Argument: "AuthOptions.Scope", Reason: "an application credential's scope is fixed; leave Scope and Tenant* empty"}
	}
	switch {
	case s.System:
		if s.ProjectID != "" || s.ProjectName != "" || s.DomainID != "" || s.DomainName != "" {
			return nil, &ErrInvalidInput{Argument: "AuthScope.System", Reason: "a system scope takes no project or domain"}
		}
		return map[string]any{"system": map[string]any{"all": true}}, nil
	case s.ProjectID != "" && s.ProjectName != "":
		return nil, &ErrInvalidInput{Argument: "AuthScope.ProjectID", Reason: "set the project's ID or its name, not both"}
	case s.ProjectID != "":
		return map[string]any{"project": map[string]any{"id": s.ProjectID}}, nil
	case s.ProjectName != "":
		domain, err := domainRef("AuthScope.DomainID", s.DomainID, s.DomainName)
		if err != nil {
			return nil, err
		}
		if domain == nil {
			return nil, &ErrMissingInput{Argument: "AuthScope.DomainID or AuthScope.DomainName (the project's domain)"}
		}
		return map[string]any{"project": map[string]any{"name": s.ProjectName, "domain": domain}}, nil
	}
	domain, err := domainRef("AuthScope.DomainID", s.DomainID, s.DomainName)
	if err != nil || domain == nil {
		return nil, err
	}
	return map[string]any{"domain": domain}, nil
}

// ToTokenV2CreateMap builds the body of POST /v2.0/tokens. v2 knows only
// passwords and tokens, scoped to a tenant; v3-only options are an error.
func (o AuthOptions) ToTokenV2CreateMap() (map[string]any, error) {
	switch {
	case o.usesAppCredential():
		return nil, &ErrInvalidInput{Argument: "AuthOptions.ApplicationCredentialID", Reason: "application credentials need Identity v3"}
	case o.Scope != nil && o.Scope.ProjectID == "" && o.Scope.ProjectName == "":
		return nil, &ErrInvalidInput{Argument: "AuthOptions.Scope", Reason: "domain and system scopes need Identity v3"}
	case o.Passcode != "":
		return nil, &ErrInvalidInput{Argument: "AuthOptions.Passcode", Reason: "TOTP needs Identity v3"}
	case o.TenantID != "" && o.TenantName != "":
		return nil, &ErrInvalidInput{Argument: "AuthOptions.TenantID", Reason: "set TenantID or TenantName, not both"}
	}
	if o.Scope != nil && o.TenantID == "" && o.TenantName == "" {
		// A project scope (as AuthOptionsFromEnv builds) is a tenant on v2.
		o.TenantID, o.TenantName = o.Scope.ProjectID, o.Scope.ProjectName
	}
	auth := map[string]any{}
	switch {
	case o.TokenID != "":
		if o.Password != "" {
			return nil, &ErrInvalidInput{Argument: "AuthOptions.TokenID", Reason: "a token cannot be combined with a password"}
		}
		auth["token"] = map[string]any{"id": o.TokenID}
	default:
		if o.Password == "" {
			return nil, &ErrMissingInput{Argument: "AuthOptions.Password"}
		}
		if o.Username == "" {
			// v2 knows users by name only.
			return nil, &ErrMissingInput{Argument: "AuthOptions.Username"}
		}
		auth["passwordCredentials"] = map[string]any{"username": o.Username, "password": o.Password}
	}
	if o.TenantID != "" {
		auth["tenantId"] = o.TenantID
	}
	if o.TenantName != "" {
		auth["tenantName"] = o.TenantName
	}
	return map[string]any{"auth": auth}, nil
}
