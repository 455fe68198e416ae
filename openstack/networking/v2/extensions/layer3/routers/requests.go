package routers

import (
	"context"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/common"
	"github.com/cloudsdk/gophercloud/pagination"
)

// ListOpts filters List; the zero value lists every visible router.
type ListOpts struct {
	ID           string `q:"id"`
	Name         string `q:"name"`
	Description  string `q:"description"`
	Status       string `q:"status"`
	AdminStateUp *bool  `q:"admin_state_up"`
	ProjectID    string `q:"project_id"`
	// Query holds tags, fields, sort and paging options.
	common.Query
}

// List returns a Pager over routers. https://docs.openstack.org/api-ref/network/v2/#list-routers
func List(c *gophercloud.ServiceClient, opts ListOpts) pagination.Pager[Router] {
	q, err := common.ListQuery(opts)
	return common.List[Router](c, listURL(c), "routers", q, err)
}

// Get shows one router. https://docs.openstack.org/api-ref/network/v2/#show-router-details
func Get(ctx context.Context, c *gophercloud.ServiceClient, id string) GetResult {
	return common.Get[Router](ctx, c, routerURL(c, id), "router")
}

// CreateOpts describes a new router; every field is optional.
type CreateOpts struct {
	Name         string `json:"name,omitempty"`
	Description  string `json:"description,omitempty"`
	AdminStateUp *bool  `json:"admin_state_up,omitempty"`
	// GatewayInfo sets the external gateway, with fixed IPs if wanted.
	GatewayInfo *GatewayInfo `json:"external_gateway_info,omitempty"`
	// Distributed and HA are admin only by default policy.
	Distributed           *bool    `json:"distributed,omitempty"`
	HA                    *bool    `json:"ha,omitempty"`
	AvailabilityZoneHints []string `json:"availability_zone_hints,omitempty"`
	ProjectID             string   `json:"project_id,omitempty"`
}

// Create creates a router. https://docs.openstack.org/api-ref/network/v2/#create-router
func Create(ctx context.Context, c *gophercloud.ServiceClient, opts CreateOpts) CreateResult {
	return common.Create[Router](ctx, c, listURL(c), "router", opts, nil)
}

// UpdateOpts changes a router; nil fields are left as they are.
type UpdateOpts struct {
	Name         *string `json:"name,omitempty"`
	Description  *string `json:"description,omitempty"`
	AdminStateUp *bool   `json:"admin_state_up,omitempty"`
	// GatewayInfo replaces the gateway; a pointer to an empty GatewayInfo
	// clears it.
	GatewayInfo *GatewayInfo `json:"external_gateway_info,omitempty"`
	// Routes replaces every static route; a pointer to an empty slice
	// removes them all.
	Routes *[]Route `json:"routes,omitempty"`
	// IfMatch makes the update conditional on the router's revision.
	common.IfMatch
}

// Update changes a router. https://docs.openstack.org/api-ref/network/v2/#update-router
func Update(ctx context.Context, c *gophercloud.ServiceClient, id string, opts UpdateOpts) UpdateResult {
	return common.Update[Router](ctx, c, routerURL(c, id), "router", opts, opts, nil)
}

// Delete deletes a router; it fails with 409 while interfaces remain.
// https://docs.openstack.org/api-ref/network/v2/#delete-router
func Delete(ctx context.Context, c *gophercloud.ServiceClient, id string) DeleteResult {
	return common.Delete(ctx, c, routerURL(c, id))
}

// InterfaceOpts names the interface to add or remove: a subnet (Neutron
// makes a port with the subnet's gateway IP) or an existing port.
type InterfaceOpts struct {
	SubnetID string `json:"subnet_id,omitempty" xor:"PortID"`
	PortID   string `json:"port_id,omitempty"`
}

// AddInterface plugs a subnet or a port into the router.
// https://docs.openstack.org/api-ref/network/v2/#add-interface-to-router
func AddInterface(ctx context.Context, c *gophercloud.ServiceClient, id string, opts InterfaceOpts) InterfaceResult {
	return interfaceCall(ctx, c, routerURL(c, id, "add_router_interface"), opts)
}

// RemoveInterface unplugs a subnet or a port from the router.
// https://docs.openstack.org/api-ref/network/v2/#remove-interface-from-router
func RemoveInterface(ctx context.Context, c *gophercloud.ServiceClient, id string, opts InterfaceOpts) InterfaceResult {
	return interfaceCall(ctx, c, routerURL(c, id, "remove_router_interface"), opts)
}

func interfaceCall(ctx context.Context, c *gophercloud.ServiceClient, url string, opts InterfaceOpts) InterfaceResult {
	return common.Update[InterfaceInfo](ctx, c, url, "", nil, opts, nil)
}
