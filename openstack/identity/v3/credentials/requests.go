package credentials

import (
	"context"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/pagination"
)

// ListOpts filters List; the zero value lists every credential the
// caller may see.
type ListOpts struct {
	// UserID and Type match exactly.
	UserID string `q:"user_id"`
	Type   string `q:"type"`
}

// List returns a Pager over the credentials; it does no I/O.
// https://docs.openstack.org/api-ref/identity/v3/#list-credentials
func List(c *gophercloud.ServiceClient, opts ListOpts) pagination.Pager[Credential] {
	return kind.List(c, opts)
}

// Get shows one credential.
// https://docs.openstack.org/api-ref/identity/v3/#show-credential-details
func Get(ctx context.Context, c *gophercloud.ServiceClient, id string) GetResult {
	return kind.Get(ctx, c, id)
}

// CreateOpts describes a new credential.
type CreateOpts struct {
	// Type, UserID and Blob are required; ProjectID is required for ec2.
	Type      string `json:"type" required:"true"`
	UserID    string `json:"user_id" required:"true"`
	Blob      string `json:"blob" required:"true"`
	ProjectID string `json:"project_id,omitempty"`
}

// Validate requires ProjectID for an ec2 credential, as Keystone does.
func (opts CreateOpts) Validate() error {
	if opts.Type == "ec2" && opts.ProjectID == "" {
		return &gophercloud.ErrInvalidInput{Argument: "credentials.CreateOpts.ProjectID", Reason: "an ec2 credential needs ProjectID"}
	}
	return nil
}

// Create creates a credential.
// https://docs.openstack.org/api-ref/identity/v3/#create-credential
func Create(ctx context.Context, c *gophercloud.ServiceClient, opts CreateOpts) CreateResult {
	return kind.Create(ctx, c, opts)
}

// UpdateOpts changes a credential; empty fields stay as they are.
type UpdateOpts struct {
	Type      string `json:"type,omitempty"`
	UserID    string `json:"user_id,omitempty"`
	Blob      string `json:"blob,omitempty"`
	ProjectID string `json:"project_id,omitempty"`
}

// Update changes a credential.
// https://docs.openstack.org/api-ref/identity/v3/#update-credential
func Update(ctx context.Context, c *gophercloud.ServiceClient, id string, opts UpdateOpts) UpdateResult {
	return kind.Update(ctx, c, id, opts)
}

// Delete deletes a credential.
// https://docs.openstack.org/api-ref/identity/v3/#delete-credential
func Delete(ctx context.Context, c *gophercloud.ServiceClient, id string) DeleteResult {
	return kind.Delete(ctx, c, id)
}
