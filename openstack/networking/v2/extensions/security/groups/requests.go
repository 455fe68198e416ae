package groups

import (
	"context"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/common"
	"github.com/cloudsdk/gophercloud/pagination"
)

// ListOpts filters List; the zero value lists every visible group.
type ListOpts struct {
	ID          string `q:"id"`
	Name        string `q:"name"`
	Description string `q:"description"`
	Stateful    *bool  `q:"stateful"`
	Shared      *bool  `q:"shared"`
	ProjectID   string `q:"project_id"`
	// Query holds tags, fields, sort and paging options.
	common.Query
}

// List returns a Pager over security groups. https://docs.openstack.org/api-ref/network/v2/#list-security-groups
func List(c *gophercloud.ServiceClient, opts ListOpts) pagination.Pager[SecGroup] {
	q, err := common.ListQuery(opts)
	return common.List[SecGroup](c, listURL(c), "security_groups", q, err)
}

// Get shows one security group. https://docs.openstack.org/api-ref/network/v2/#show-security-group
func Get(ctx context.Context, c *gophercloud.ServiceClient, id string) GetResult {
	return common.Get[SecGroup](ctx, c, groupURL(c, id), "security_group")
}

// CreateOpts describes a new security group.
type CreateOpts struct {
	Name        string `json:"name" required:"true"`
	Description string `json:"description,omitempty"`
	Stateful    *bool  `json:"stateful,omitempty"`
	ProjectID   string `json:"project_id,omitempty"`
}

// Create creates a security group. https://docs.openstack.org/api-ref/network/v2/#create-security-group
func Create(ctx context.Context, c *gophercloud.ServiceClient, opts CreateOpts) CreateResult {
	return common.Create[SecGroup](ctx, c, listURL(c), "security_group", opts, nil)
}

// UpdateOpts changes a security group; nil fields are left as they are.
type UpdateOpts struct {
	Name        *string `json:"name,omitempty"`
	Description *string `json:"description,omitempty"`
	Stateful    *bool   `json:"stateful,omitempty"`
	// IfMatch makes the update conditional on the group's revision.
	common.IfMatch
}

// Update changes a security group. https://docs.openstack.org/api-ref/network/v2/#update-security-group
func Update(ctx context.Context, c *gophercloud.ServiceClient, id string, opts UpdateOpts) UpdateResult {
	return common.Update[SecGroup](ctx, c, groupURL(c, id), "security_group", opts, opts, nil)
}

// Delete deletes a security group; it fails with 409 while ports use it.
// https://docs.openstack.org/api-ref/network/v2/#delete-security-group
func Delete(ctx context.Context, c *gophercloud.ServiceClient, id string) DeleteResult {
	return common.Delete(ctx, c, groupURL(c, id))
}
