package networks

import (
	"context"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/common"
	"github.com/cloudsdk/gophercloud/pagination"
)

// ListOptsBuilder is implemented by ListOpts and by the extension filters
// that wrap it (external.ListOptsExt).
type ListOptsBuilder interface {
	ToNetworkListQuery() (string, error)
}

// ListOpts filters List; the zero value lists every network the caller
// can see.
type ListOpts struct {
	ID           string `q:"id"`
	Name         string `q:"name"`
	Description  string `q:"description"`
	Status       string `q:"status"`
	ProjectID    string `q:"project_id"`
	AdminStateUp *bool  `q:"admin_state_up"`
	Shared       *bool  `q:"shared"`
	MTU          int    `q:"mtu"`
	// Query holds tags, fields, sort and paging options.
	common.Query
}

// ToNetworkListQuery implements ListOptsBuilder.
func (opts ListOpts) ToNetworkListQuery() (string, error) { return common.ListQuery(opts) }

// List returns a Pager over networks, following networks_links; it does no
// I/O. https://docs.openstack.org/api-ref/network/v2/#list-networks
func List(c *gophercloud.ServiceClient, opts ListOptsBuilder) pagination.Pager[Network] {
	q, err := opts.ToNetworkListQuery()
	return common.List[Network](c, listURL(c), "networks", q, err)
}

// Get shows one network. https://docs.openstack.org/api-ref/network/v2/#show-network-details
func Get(ctx context.Context, c *gophercloud.ServiceClient, id string) GetResult {
	return common.Get[Network](ctx, c, networkURL(c, id), "network")
}

// CreateOptsBuilder is implemented by CreateOpts and by the extension
// options that wrap it.
type CreateOptsBuilder interface {
	ToNetworkCreateMap() (map[string]any, error)
}

// CreateOpts describes a new network; every field is optional.
type CreateOpts struct {
	Name         string `json:"name,omitempty"`
	Description  string `json:"description,omitempty"`
	AdminStateUp *bool  `json:"admin_state_up,omitempty"`
	Shared       *bool  `json:"shared,omitempty"`
	// ProjectID creates the network for another project; admin only.
	ProjectID             string   `json:"project_id,omitempty"`
	MTU                   int      `json:"mtu,omitempty"`
	AvailabilityZoneHints []string `json:"availability_zone_hints,omitempty"`
	DNSDomain             string   `json:"dns_domain,omitempty"`
	QoSPolicyID           string   `json:"qos_policy_id,omitempty"`
}

// ToNetworkCreateMap implements CreateOptsBuilder.
func (opts CreateOpts) ToNetworkCreateMap() (map[string]any, error) {
	return gophercloud.BuildRequestBody(opts, "network")
}

// Create creates a network. https://docs.openstack.org/api-ref/network/v2/#create-network
func Create(ctx context.Context, c *gophercloud.ServiceClient, opts CreateOptsBuilder) CreateResult {
	b, err := opts.ToNetworkCreateMap()
	return common.Create[Network](ctx, c, listURL(c), "network", b, err)
}

// UpdateOptsBuilder is implemented by UpdateOpts and by the extension
// options that wrap it; UpdateHeaders carries the If-Match condition.
type UpdateOptsBuilder interface {
	ToNetworkUpdateMap() (map[string]any, error)
	common.Conditional
}

// UpdateOpts changes a network; nil and empty fields are left as they are.
type UpdateOpts struct {
	Name         *string `json:"name,omitempty"`
	Description  *string `json:"description,omitempty"`
	AdminStateUp *bool   `json:"admin_state_up,omitempty"`
	Shared       *bool   `json:"shared,omitempty"`
	MTU          int     `json:"mtu,omitempty"`
	DNSDomain    *string `json:"dns_domain,omitempty"`
	QoSPolicyID  *string `json:"qos_policy_id,omitempty"`
	// IfMatch makes the update conditional on the network's revision.
	common.IfMatch
}

// ToNetworkUpdateMap implements UpdateOptsBuilder.
func (opts UpdateOpts) ToNetworkUpdateMap() (map[string]any, error) {
	return gophercloud.BuildRequestBody(opts, "network")
}

// Update changes a network. https://docs.openstack.org/api-ref/network/v2/#update-network
func Update(ctx context.Context, c *gophercloud.ServiceClient, id string, opts UpdateOptsBuilder) UpdateResult {
	b, err := opts.ToNetworkUpdateMap()
	return common.Update[Network](ctx, c, networkURL(c, id), "network", opts, b, err)
}

// Delete deletes a network and its subnets; it fails with 409 while ports
// other than the network's own DHCP ports remain.
// https://docs.openstack.org/api-ref/network/v2/#delete-network
func Delete(ctx context.Context, c *gophercloud.ServiceClient, id string) DeleteResult {
	return common.Delete(ctx, c, networkURL(c, id))
}
