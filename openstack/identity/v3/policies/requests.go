package policies

import (
	"context"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/pagination"
)

// ListOpts filters List; the zero value lists every policy.
type ListOpts struct {
	// Type matches the MIME type exactly.
	Type string `q:"type"`
}

// List returns a Pager over the policies; it does no I/O.
// https://docs.openstack.org/api-ref/identity/v3/#list-policies
func List(c *gophercloud.ServiceClient, opts ListOpts) pagination.Pager[Policy] {
	return kind.List(c, opts)
}

// Get shows one policy.
// https://docs.openstack.org/api-ref/identity/v3/#show-policy-details
func Get(ctx context.Context, c *gophercloud.ServiceClient, id string) GetResult {
	return kind.Get(ctx, c, id)
}

// CreateOpts describes a new policy.
type CreateOpts struct {
	// Type (the MIME type, at most 255 characters) and Blob (the
	// serialized document) are both required.
	Type string `json:"type" required:"true"`
	Blob string `json:"blob" required:"true"`
}

// Validate refuses a Type longer than Keystone stores.
func (opts CreateOpts) Validate() error { return checkType("policies.CreateOpts.Type", opts.Type) }

// Create stores a policy.
// https://docs.openstack.org/api-ref/identity/v3/#create-policy
func Create(ctx context.Context, c *gophercloud.ServiceClient, opts CreateOpts) CreateResult {
	return kind.Create(ctx, c, opts)
}

// UpdateOpts changes a policy; empty fields stay as they are.
type UpdateOpts struct {
	Type string `json:"type,omitempty"`
	Blob string `json:"blob,omitempty"`
}

// Validate refuses a Type longer than Keystone stores.
func (opts UpdateOpts) Validate() error { return checkType("policies.UpdateOpts.Type", opts.Type) }

// Update changes a policy.
// https://docs.openstack.org/api-ref/identity/v3/#update-policy
func Update(ctx context.Context, c *gophercloud.ServiceClient, id string, opts UpdateOpts) UpdateResult {
	return kind.Update(ctx, c, id, opts)
}

// Delete deletes a policy.
// https://docs.openstack.org/api-ref/identity/v3/#delete-policy
func Delete(ctx context.Context, c *gophercloud.ServiceClient, id string) DeleteResult {
	return kind.Delete(ctx, c, id)
}

// maxTypeLen is the longest MIME type Keystone's policy schema accepts.
const maxTypeLen = 255

func checkType(field, typ string) error {
	if len(typ) > maxTypeLen {
		return &gophercloud.ErrInvalidInput{Argument: field, Value: typ, Reason: "Keystone accepts at most 255 characters"}
	}
	return nil
}
