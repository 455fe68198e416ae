package floatingips

import (
	"context"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/common"
	"github.com/cloudsdk/gophercloud/pagination"
)

// ListOpts filters List; the zero value lists every visible floating IP.
type ListOpts struct {
	ID                string `q:"id"`
	Description       string `q:"description"`
	FloatingNetworkID string `q:"floating_network_id"`
	FloatingIP        string `q:"floating_ip_address"`
	PortID            string `q:"port_id"`
	FixedIP           string `q:"fixed_ip_address"`
	RouterID          string `q:"router_id"`
	Status            string `q:"status"`
	ProjectID         string `q:"project_id"`
	// Query holds tags, fields, sort and paging options.
	common.Query
}

// List returns a Pager over floating IPs. https://docs.openstack.org/api-ref/network/v2/#list-floating-ips
func List(c *gophercloud.ServiceClient, opts ListOpts) pagination.Pager[FloatingIP] {
	q, err := common.ListQuery(opts)
	return common.List[FloatingIP](c, listURL(c), "floatingips", q, err)
}

// Get shows one floating IP. https://docs.openstack.org/api-ref/network/v2/#show-floating-ip-details
func Get(ctx context.Context, c *gophercloud.ServiceClient, id string) GetResult {
	return common.Get[FloatingIP](ctx, c, fipURL(c, id), "floatingip")
}

// CreateOpts describes a new floating IP of FloatingNetworkID, associated
// at once when PortID is set.
type CreateOpts struct {
	FloatingNetworkID string `json:"floating_network_id" required:"true"`
	// FloatingIP asks for a given address; SubnetID for one of a subnet.
	FloatingIP  string `json:"floating_ip_address,omitempty"`
	SubnetID    string `json:"subnet_id,omitempty"`
	PortID      string `json:"port_id,omitempty"`
	FixedIP     string `json:"fixed_ip_address,omitempty"`
	Description string `json:"description,omitempty"`
	DNSName     string `json:"dns_name,omitempty"`
	DNSDomain   string `json:"dns_domain,omitempty"`
	QoSPolicyID string `json:"qos_policy_id,omitempty"`
	ProjectID   string `json:"project_id,omitempty"`
}

// Create allocates a floating IP. https://docs.openstack.org/api-ref/network/v2/#create-floating-ip
func Create(ctx context.Context, c *gophercloud.ServiceClient, opts CreateOpts) CreateResult {
	return common.Create[FloatingIP](ctx, c, listURL(c), "floatingip", opts, nil)
}

// UpdateOpts changes a floating IP; nil fields are left as they are. A
// PortID associates it (Disassociate detaches it).
type UpdateOpts struct {
	PortID      *string `json:"port_id,omitempty"`
	FixedIP     string  `json:"fixed_ip_address,omitempty"`
	Description *string `json:"description,omitempty"`
	QoSPolicyID *string `json:"qos_policy_id,omitempty"`
	// IfMatch makes the update conditional on the floating IP's revision.
	common.IfMatch
}

// Update changes a floating IP. https://docs.openstack.org/api-ref/network/v2/#update-floating-ip
func Update(ctx context.Context, c *gophercloud.ServiceClient, id string, opts UpdateOpts) UpdateResult {
	return common.Update[FloatingIP](ctx, c, fipURL(c, id), "floatingip", opts, opts, nil)
}

// Associate points the floating IP at a port (at fixedIP when the port
// has several; "" for its only one).
func Associate(ctx context.Context, c *gophercloud.ServiceClient, id, portID, fixedIP string) UpdateResult {
	return Update(ctx, c, id, UpdateOpts{PortID: &portID, FixedIP: fixedIP})
}

// Disassociate detaches the floating IP from its port; the address stays
// allocated to the project.
func Disassociate(ctx context.Context, c *gophercloud.ServiceClient, id string) UpdateResult {
	body := map[string]any{"floatingip": map[string]any{"port_id": nil}}
	return common.Update[FloatingIP](ctx, c, fipURL(c, id), "floatingip", nil, body, nil)
}

// Delete releases a floating IP. https://docs.openstack.org/api-ref/network/v2/#delete-floating-ip
func Delete(ctx context.Context, c *gophercloud.ServiceClient, id string) DeleteResult {
	return common.Delete(ctx, c, fipURL(c, id))
}
