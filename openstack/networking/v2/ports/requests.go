package ports

import (
	"context"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/common"
	"github.com/cloudsdk/gophercloud/pagination"
)

// ListOpts filters List; the zero value lists every visible port.
type ListOpts struct {
	ID           string `q:"id"`
	Name         string `q:"name"`
	Description  string `q:"description"`
	NetworkID    string `q:"network_id"`
	Status       string `q:"status"`
	AdminStateUp *bool  `q:"admin_state_up"`
	MACAddress   string `q:"mac_address"`
	DeviceID     string `q:"device_id"`
	DeviceOwner  string `q:"device_owner"`
	ProjectID    string `q:"project_id"`
	// FixedIPs filters by address or subnet: each entry is sent as
	// fixed_ips=ip_address=… or fixed_ips=subnet_id=….
	FixedIPs []FixedIPFilter `q:"fixed_ips"`
	// SecurityGroups keeps ports in all of these groups.
	SecurityGroups []string `q:"security_groups"`
	HostID         string   `q:"binding:host_id"`
	VNICType       string   `q:"binding:vnic_type"`
	// Query holds tags, fields, sort and paging options.
	common.Query
}

// FixedIPFilter is one fixed_ips filter of ListOpts; set one field
// (IPAddressSubstr needs ip-substring-filtering).
type FixedIPFilter struct {
	IPAddress       string
	IPAddressSubstr string
	SubnetID        string
}

// String encodes the filter as Neutron reads it ("ip_address=10.0.0.5").
func (f FixedIPFilter) String() string {
	switch {
	case f.IPAddress != "":
		return "ip_address=" + f.IPAddress
	case f.IPAddressSubstr != "":
		return "ip_address_substr=" + f.IPAddressSubstr
	}
	return "subnet_id=" + f.SubnetID
}

// List returns a Pager over ports, following ports_links.
// https://docs.openstack.org/api-ref/network/v2/#list-ports
func List(c *gophercloud.ServiceClient, opts ListOpts) pagination.Pager[Port] {
	q, err := common.ListQuery(opts)
	return common.List[Port](c, listURL(c), "ports", q, err)
}

// Get shows one port. https://docs.openstack.org/api-ref/network/v2/#show-port-details
func Get(ctx context.Context, c *gophercloud.ServiceClient, id string) GetResult {
	return common.Get[Port](ctx, c, portURL(c, id), "port")
}

// CreateOpts describes a new port on NetworkID.
type CreateOpts struct {
	NetworkID    string `json:"network_id" required:"true"`
	Name         string `json:"name,omitempty"`
	Description  string `json:"description,omitempty"`
	AdminStateUp *bool  `json:"admin_state_up,omitempty"`
	MACAddress   string `json:"mac_address,omitempty"`
	// FixedIPs asks for addresses (an IPAddress, or any address of a
	// SubnetID); nil lets Neutron pick one per subnet, a pointer to an
	// empty slice none.
	FixedIPs            *[]IP         `json:"fixed_ips,omitempty"`
	DeviceID            string        `json:"device_id,omitempty"`
	DeviceOwner         string        `json:"device_owner,omitempty"`
	SecurityGroups      *[]string     `json:"security_groups,omitempty"`
	AllowedAddressPairs []AddressPair `json:"allowed_address_pairs,omitempty"`
	// PortSecurityEnabled false turns off anti-spoofing and security
	// groups on the port (then SecurityGroups must be empty).
	PortSecurityEnabled *bool          `json:"port_security_enabled,omitempty"`
	ExtraDHCPOpts       []ExtraDHCPOpt `json:"extra_dhcp_opts,omitempty"`
	// HostID binds the port to a host; admin only.
	HostID   string `json:"binding:host_id,omitempty"`
	VNICType string `json:"binding:vnic_type,omitempty"`
	// Profile is the binding profile; admin only.
	Profile map[string]any `json:"binding:profile,omitempty"`
	// ProjectID creates the port for another project; admin only.
	ProjectID string `json:"project_id,omitempty"`
}

// Create creates a port. https://docs.openstack.org/api-ref/network/v2/#create-port
func Create(ctx context.Context, c *gophercloud.ServiceClient, opts CreateOpts) CreateResult {
	return common.Create[Port](ctx, c, listURL(c), "port", opts, nil)
}

// UpdateOpts changes a port; nil fields are left as they are, and a
// pointer to an empty slice clears a list.
type UpdateOpts struct {
	Name                *string         `json:"name,omitempty"`
	Description         *string         `json:"description,omitempty"`
	AdminStateUp        *bool           `json:"admin_state_up,omitempty"`
	FixedIPs            *[]IP           `json:"fixed_ips,omitempty"`
	DeviceID            *string         `json:"device_id,omitempty"`
	DeviceOwner         *string         `json:"device_owner,omitempty"`
	SecurityGroups      *[]string       `json:"security_groups,omitempty"`
	AllowedAddressPairs *[]AddressPair  `json:"allowed_address_pairs,omitempty"`
	PortSecurityEnabled *bool           `json:"port_security_enabled,omitempty"`
	ExtraDHCPOpts       *[]ExtraDHCPOpt `json:"extra_dhcp_opts,omitempty"`
	HostID              *string         `json:"binding:host_id,omitempty"`
	VNICType            string          `json:"binding:vnic_type,omitempty"`
	Profile             *map[string]any `json:"binding:profile,omitempty"`
	// IfMatch makes the update conditional on the port's revision.
	common.IfMatch
}

// Update changes a port. https://docs.openstack.org/api-ref/network/v2/#update-port
func Update(ctx context.Context, c *gophercloud.ServiceClient, id string, opts UpdateOpts) UpdateResult {
	return common.Update[Port](ctx, c, portURL(c, id), "port", opts, opts, nil)
}

// Delete deletes a port. https://docs.openstack.org/api-ref/network/v2/#delete-port
func Delete(ctx context.Context, c *gophercloud.ServiceClient, id string) DeleteResult {
	return common.Delete(ctx, c, portURL(c, id))
}
