package users

import (
	"github.com/cloudsdk/gophercloud"
	osusers "github.com/cloudsdk/gophercloud/openstack/identity/v2/users"
)

// User is a Rackspace Cloud Identity user: the Keystone v2 user with
// Rackspace's fields. Rackspace fills ID, Username, Email and Enabled of
// the embedded User; it sends no name (Name stays empty) and no tenantId.
type User struct {
	osusers.User
	// DefaultRegion is where the user's tools go by default.
	DefaultRegion string `json:"RAX-AUTH:defaultRegion"`
	// DomainID is the user's identity domain (the account).
	DomainID string `json:"RAX-AUTH:domainId"`
	// Password is only set in Create's answer, when Rackspace generated it.
	Password string `json:"OS-KSADM:password"`
	// Created and Updated are sent by Get on Rackspace (zero otherwise).
	Created gophercloud.JSONTime `json:"created"`
	Updated gophercloud.JSONTime `json:"updated"`
}

// APIKey is a user's API key credentials.
type APIKey struct {
	Username string `json:"username"`
	APIKey   string `json:"apiKey"`
}

const apiKeyKey = "RAX-KSKEY:apiKeyCredentials"

// GetResult is the result of Get and GetByName; Extract returns the *User.
type GetResult = gophercloud.ItemResult[User]

// CreateResult is the result of Create; Extract returns the *User, with
// Password set when it was generated.
type CreateResult = gophercloud.ItemResult[User]

// UpdateResult is the result of Update; Extract returns the *User.
type UpdateResult = gophercloud.ItemResult[User]

// DeleteResult is the result of Delete.
type DeleteResult = osusers.DeleteResult

// APIKeyResult is the result of GetAPIKey and ResetAPIKey; Extract returns
// the *APIKey.
type APIKeyResult = gophercloud.ItemResult[APIKey]
