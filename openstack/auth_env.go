package openstack

import (
	"os"
	"strings"

	"github.com/cloudsdk/gophercloud"
)

// AuthOptionsFromEnv reads the OS_* variables an openrc file exports:
//
//	OS_AUTH_URL                      IdentityEndpoint (required)
//	OS_USERNAME, OS_USER_ID          the user (OS_USERID too)
//	OS_PASSWORD, OS_PASSCODE         password (+ TOTP)
//	OS_TOKEN (or OS_AUTH_TOKEN)      an existing token instead
//	OS_APPLICATION_CREDENTIAL_ID / _NAME / _SECRET
//	OS_PROJECT_ID / OS_PROJECT_NAME  the project (OS_TENANT_ID / OS_TENANT_NAME too)
//	OS_USER_DOMAIN_ID / _NAME        the user's domain
//	OS_PROJECT_DOMAIN_ID / _NAME     the project's domain
//	OS_DOMAIN_ID / OS_DOMAIN_NAME    either, when the specific one is unset;
//	                                 alone (no project) they request a domain scope
//	OS_SYSTEM_SCOPE=all              a system-scoped token
//
// OS_REGION_NAME is not part of AuthOptions: read it with RegionFromEnv.
// The result is checked for what every method needs; the rest is checked
// by Authenticate before any request.
func AuthOptionsFromEnv() (gophercloud.AuthOptions, error) {
	get := os.Getenv
	first := func(keys ...string) string {
		for _, k := range keys {
			if v := get(k); v != "" {
				return v
			}
		}
		return ""
	}
	opts := gophercloud.AuthOptions{
		IdentityEndpoint:            get("OS_AUTH_URL"),
		Username:                    get("OS_USERNAME"),
		UserID:                      first("OS_USER_ID", "OS_USERID"),
		Password:                    get("OS_PASSWORD"),
		Passcode:                    get("OS_PASSCODE"),
		TokenID:                     first("OS_TOKEN", "OS_AUTH_TOKEN"),
		ApplicationCredentialID:     get("OS_APPLICATION_CREDENTIAL_ID"),
		ApplicationCredentialName:   get("OS_APPLICATION_CREDENTIAL_NAME"),
		ApplicationCredentialSecret: get("OS_APPLICATION_CREDENTIAL_SECRET"),
		DomainID:                    first("OS_USER_DOMAIN_ID", "OS_DOMAIN_ID"),
		DomainName:                  first("OS_USER_DOMAIN_NAME", "OS_DOMAIN_NAME"),
	}
	if opts.DomainID != "" && opts.DomainName != "" {
		// A user-specific variable beats a generic one; at the same level
		// the ID beats the name (as for the project's domain below).
		if get("OS_USER_DOMAIN_ID") == "" && get("OS_USER_DOMAIN_NAME") != "" {
			opts.DomainID = ""
		} else {
			opts.DomainName = ""
		}
	}
	if opts.IdentityEndpoint == "" {
		return opts, &gophercloud.ErrMissingInput{Argument: "OS_AUTH_URL"}
	}
	projectID := first("OS_PROJECT_ID", "OS_TENANT_ID")
	projectName := first("OS_PROJECT_NAME", "OS_TENANT_NAME")
	switch {
	case opts.ApplicationCredentialID != "" || opts.ApplicationCredentialName != "":
		// Its scope is fixed; a stray OS_PROJECT_NAME must not break it.
	case get("OS_SYSTEM_SCOPE") == "all":
		opts.Scope = &gophercloud.AuthScope{System: true}
	case projectID != "":
		opts.Scope = &gophercloud.AuthScope{ProjectID: projectID}
		opts.TenantID = projectID
	case projectName != "":
		s := &gophercloud.AuthScope{ProjectName: projectName, DomainID: get("OS_PROJECT_DOMAIN_ID"), DomainName: get("OS_PROJECT_DOMAIN_NAME")}
		if s.DomainID == "" && s.DomainName == "" {
			s.DomainID, s.DomainName = first("OS_DOMAIN_ID"), first("OS_DOMAIN_NAME")
			if s.DomainID == "" && s.DomainName == "" {
				s.DomainID, s.DomainName = opts.DomainID, opts.DomainName
			}
			if s.DomainID != "" {
				s.DomainName = ""
			}
		} else if s.DomainID != "" {
			s.DomainName = ""
		}
		opts.Scope = s
		opts.TenantName = projectName
	case get("OS_DOMAIN_ID") != "" || get("OS_DOMAIN_NAME") != "":
		opts.Scope = &gophercloud.AuthScope{DomainID: get("OS_DOMAIN_ID")}
		if opts.Scope.DomainID == "" {
			opts.Scope.DomainName = get("OS_DOMAIN_NAME")
		}
	}
	if opts.TokenID == "" && opts.ApplicationCredentialSecret == "" && opts.Password == "" {
		return opts, &gophercloud.ErrMissingInput{Argument: "OS_PASSWORD (or OS_TOKEN, or OS_APPLICATION_CREDENTIAL_SECRET)"}
	}
	return opts, nil
}

// RegionFromEnv returns OS_REGION_NAME, for EndpointOpts.Region.
func RegionFromEnv() string { return os.Getenv("OS_REGION_NAME") }

// EndpointOptsFromEnv returns EndpointOpts from OS_REGION_NAME and
// OS_INTERFACE (public, internal or admin, in any case; "publicURL" style
// accepted). Any other interface is kept as is, so that the endpoint
// lookup reports it instead of silently using the public one.
func EndpointOptsFromEnv() gophercloud.EndpointOpts {
	return gophercloud.EndpointOpts{
		Region:       os.Getenv("OS_REGION_NAME"),
		Availability: parseInterface(os.Getenv("OS_INTERFACE")),
	}
}

// parseInterface reads an interface name as the OpenStack CLI accepts it.
func parseInterface(v string) gophercloud.Availability {
	switch strings.TrimSuffix(strings.ToLower(v), "url") {
	case "":
		return ""
	case "internal":
		return gophercloud.AvailabilityInternal
	case "admin":
		return gophercloud.AvailabilityAdmin
	case "public":
		return gophercloud.AvailabilityPublic
	}
	return gophercloud.Availability(v)
}
