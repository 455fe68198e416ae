package credentials

import "github.com/cloudsdk/gophercloud"

// Credential is a Keystone credential.
type Credential struct {
	// ID is the credential's ID.
	ID string `json:"id"`
	// Type is "ec2", "totp", "cert" or another type.
	Type string `json:"type"`
	// Blob is the credential itself, a string (JSON for ec2).
	Blob string `json:"blob"`
	// UserID owns it; ProjectID scopes it (required for ec2).
	UserID    string `json:"user_id"`
	ProjectID string `json:"project_id"`
	// Links holds the self link.
	Links map[string]string `json:"links"`
}

// GetResult is the result of Get; Extract returns the *Credential.
type GetResult = gophercloud.ItemResult[Credential]

// CreateResult is the result of Create; Extract returns the *Credential.
type CreateResult = gophercloud.ItemResult[Credential]

// UpdateResult is the result of Update; Extract returns the *Credential.
type UpdateResult = gophercloud.ItemResult[Credential]

// DeleteResult is the result of Delete.
type DeleteResult = gophercloud.ErrResult
