package subnets

import (
	"context"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/common"
	"github.com/cloudsdk/gophercloud/pagination"
)

// IPv6 modes for IPv6AddressMode and IPv6RAMode.
const (
	IPv6SLAAC           = "slaac"
	IPv6DHCPv6Stateful  = "dhcpv6-stateful"
	IPv6DHCPv6Stateless = "dhcpv6-stateless"
)

// ListOpts filters List; the zero value lists every visible subnet.
type ListOpts struct {
	ID              string `q:"id"`
	Name            string `q:"name"`
	NetworkID       string `q:"network_id"`
	IPVersion       int    `q:"ip_version"`
	CIDR            string `q:"cidr"`
	GatewayIP       string `q:"gateway_ip"`
	EnableDHCP      *bool  `q:"enable_dhcp"`
	IPv6AddressMode string `q:"ipv6_address_mode"`
	IPv6RAMode      string `q:"ipv6_ra_mode"`
	SubnetPoolID    string `q:"subnetpool_id"`
	ProjectID       string `q:"project_id"`
	// Query holds tags, fields, sort and paging options.
	common.Query
}

// List returns a Pager over subnets. https://docs.openstack.org/api-ref/network/v2/#list-subnets
func List(c *gophercloud.ServiceClient, opts ListOpts) pagination.Pager[Subnet] {
	q, err := common.ListQuery(opts)
	return common.List[Subnet](c, listURL(c), "subnets", q, err)
}

// Get shows one subnet. https://docs.openstack.org/api-ref/network/v2/#show-subnet-details
func Get(ctx context.Context, c *gophercloud.ServiceClient, id string) GetResult {
	return common.Get[Subnet](ctx, c, subnetURL(c, id), "subnet")
}

// CreateOpts describes a new subnet. NetworkID and IPVersion are needed,
// and CIDR unless SubnetPoolID gives the addresses.
type CreateOpts struct {
	NetworkID   string `json:"network_id" required:"true"`
	IPVersion   int    `json:"ip_version" required:"true"`
	CIDR        string `json:"cidr,omitempty" or:"SubnetPoolID"`
	Name        string `json:"name,omitempty"`
	Description string `json:"description,omitempty"`
	// GatewayIP sets the gateway; a pointer to "" creates the subnet
	// without one (sent as null), nil lets Neutron pick the first address.
	GatewayIP       *string          `json:"-"`
	AllocationPools []AllocationPool `json:"allocation_pools,omitempty"`
	DNSNameservers  []string         `json:"dns_nameservers,omitempty"`
	HostRoutes      []HostRoute      `json:"host_routes,omitempty"`
	EnableDHCP      *bool            `json:"enable_dhcp,omitempty"`
	IPv6AddressMode string           `json:"ipv6_address_mode,omitempty"`
	IPv6RAMode      string           `json:"ipv6_ra_mode,omitempty"`
	SubnetPoolID    string           `json:"subnetpool_id,omitempty"`
	// PrefixLen is the size of the block taken from SubnetPoolID.
	PrefixLen    int      `json:"prefixlen,omitempty"`
	ServiceTypes []string `json:"service_types,omitempty"`
	SegmentID    string   `json:"segment_id,omitempty"`
	// ProjectID creates the subnet for another project; admin only.
	ProjectID string `json:"project_id,omitempty"`
}

// Validate checks the IP version and the IPv6 modes.
func (opts CreateOpts) Validate() error {
	if opts.IPVersion != 4 && opts.IPVersion != 6 {
		return &gophercloud.ErrInvalidInput{Argument: "subnets.CreateOpts.IPVersion", Value: opts.IPVersion, Reason: "must be 4 or 6"}
	}
	if opts.IPVersion == 4 && (opts.IPv6AddressMode != "" || opts.IPv6RAMode != "") {
		return &gophercloud.ErrInvalidInput{Argument: "subnets.CreateOpts.IPv6AddressMode", Value: opts.IPv6AddressMode, Reason: "IPv6 modes need IPVersion 6"}
	}
	return validMode("subnets.CreateOpts.IPv6AddressMode", opts.IPv6AddressMode, "subnets.CreateOpts.IPv6RAMode", opts.IPv6RAMode)
}

func validMode(an, a, rn, r string) error {
	for _, m := range [][2]string{{an, a}, {rn, r}} {
		switch m[1] {
		case "", IPv6SLAAC, IPv6DHCPv6Stateful, IPv6DHCPv6Stateless:
		default:
			return &gophercloud.ErrInvalidInput{Argument: m[0], Value: m[1], Reason: `must be "slaac", "dhcpv6-stateful" or "dhcpv6-stateless"`}
		}
	}
	return nil
}

// Create creates a subnet. https://docs.openstack.org/api-ref/network/v2/#create-subnet
func Create(ctx context.Context, c *gophercloud.ServiceClient, opts CreateOpts) CreateResult {
	b, err := withGateway(opts, opts.GatewayIP)
	return common.Create[Subnet](ctx, c, listURL(c), "subnet", b, err)
}

// UpdateOpts changes a subnet; nil fields are left as they are, and a
// pointer to an empty slice clears a list.
type UpdateOpts struct {
	Name        *string `json:"name,omitempty"`
	Description *string `json:"description,omitempty"`
	// GatewayIP changes the gateway; a pointer to "" removes it.
	GatewayIP       *string           `json:"-"`
	AllocationPools *[]AllocationPool `json:"allocation_pools,omitempty"`
	DNSNameservers  *[]string         `json:"dns_nameservers,omitempty"`
	HostRoutes      *[]HostRoute      `json:"host_routes,omitempty"`
	EnableDHCP      *bool             `json:"enable_dhcp,omitempty"`
	ServiceTypes    *[]string         `json:"service_types,omitempty"`
	// IfMatch makes the update conditional on the subnet's revision.
	common.IfMatch
}

// Update changes a subnet. https://docs.openstack.org/api-ref/network/v2/#update-subnet
func Update(ctx context.Context, c *gophercloud.ServiceClient, id string, opts UpdateOpts) UpdateResult {
	b, err := withGateway(opts, opts.GatewayIP)
	return common.Update[Subnet](ctx, c, subnetURL(c, id), "subnet", opts, b, err)
}

// withGateway builds the body of opts and adds gateway_ip, which is null
// for a pointer to "" (no gateway) and absent for nil.
func withGateway(opts any, gw *string) (map[string]any, error) {
	b, err := gophercloud.BuildRequestBody(opts, "subnet")
	if err != nil || gw == nil {
		return b, err
	}
	inner := b["subnet"].(map[string]any)
	if *gw == "" {
		inner["gateway_ip"] = nil
	} else {
		inner["gateway_ip"] = *gw
	}
	return b, nil
}

// Delete deletes a subnet; it fails with 409 while ports use its addresses.
// https://docs.openstack.org/api-ref/network/v2/#delete-subnet
func Delete(ctx context.Context, c *gophercloud.ServiceClient, id string) DeleteResult {
	return common.Delete(ctx, c, subnetURL(c, id))
}
