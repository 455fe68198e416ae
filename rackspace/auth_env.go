package rackspace

import (
	"os"

	"github.com/cloudsdk/gophercloud"
)

// AuthOptionsFromEnv reads the RS_* variables Rackspace's tools use:
//
//	RS_USERNAME                      Username (required)
//	RS_API_KEY                       APIKey (preferred)
//	RS_PASSWORD                      Password, used when RS_API_KEY is unset
//	RS_AUTH_URL                      IdentityEndpoint (default USIdentity)
//	RS_TENANT_ID / RS_TENANT_NAME    the tenant, when the account has several
//
// The region is not part of AuthOptions: read it with RegionFromEnv. A
// missing user name or secret is an *ErrMissingInput naming the variable.
func AuthOptionsFromEnv() (AuthOptions, error) {
	opts := AuthOptions{
		IdentityEndpoint: os.Getenv("RS_AUTH_URL"),
		Username:         os.Getenv("RS_USERNAME"),
		APIKey:           os.Getenv("RS_API_KEY"),
		Password:         os.Getenv("RS_PASSWORD"),
		TenantID:         os.Getenv("RS_TENANT_ID"),
		TenantName:       os.Getenv("RS_TENANT_NAME"),
	}
	if opts.IdentityEndpoint == "" {
		opts.IdentityEndpoint = USIdentity
	}
	if opts.Username == "" {
		return opts, &gophercloud.ErrMissingInput{Argument: "RS_USERNAME"}
	}
	if opts.APIKey == "" && opts.Password == "" {
		return opts, &gophercloud.ErrMissingInput{Argument: "RS_API_KEY or RS_PASSWORD"}
	}
	if opts.TenantID != "" && opts.TenantName != "" {
		return opts, &gophercloud.ErrInvalidInput{Argument: "RS_TENANT_ID", Reason: "set RS_TENANT_ID or RS_TENANT_NAME, not both"}
	}
	return opts, nil
}

// RegionFromEnv returns RS_REGION_NAME, or RS_REGION when that is unset
// ("DFW", "ORD", "IAD", "LON", "HKG", "SYD").
func RegionFromEnv() string {
	if r := os.Getenv("RS_REGION_NAME"); r != "" {
		return r
	}
	return os.Getenv("RS_REGION")
}
