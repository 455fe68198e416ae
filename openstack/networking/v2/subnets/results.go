package subnets

import "github.com/cloudsdk/gophercloud"

// AllocationPool is a range of addresses Neutron hands out.
type AllocationPool struct {
	Start string `json:"start"`
	End   string `json:"end"`
}

// HostRoute is a static route DHCP pushes to the subnet's hosts.
type HostRoute struct {
	DestinationCIDR string `json:"destination"`
	NextHop         string `json:"nexthop"`
}

// Subnet is a Neutron subnet.
type Subnet struct {
	ID          string `json:"id"`
	NetworkID   string `json:"network_id"`
	Name        string `json:"name"`
	Description string `json:"description"`
	// IPVersion is 4 or 6.
	IPVersion int    `json:"ip_version"`
	CIDR      string `json:"cidr"`
	// GatewayIP is "" when the subnet has no gateway.
	GatewayIP       string           `json:"gateway_ip"`
	DNSNameservers  []string         `json:"dns_nameservers"`
	AllocationPools []AllocationPool `json:"allocation_pools"`
	HostRoutes      []HostRoute      `json:"host_routes"`
	EnableDHCP      bool             `json:"enable_dhcp"`
	// IPv6AddressMode and IPv6RAMode are "slaac", "dhcpv6-stateful",
	// "dhcpv6-stateless" or "" (IPv6 only).
	IPv6AddressMode string `json:"ipv6_address_mode"`
	IPv6RAMode      string `json:"ipv6_ra_mode"`
	// SubnetPoolID is the pool the CIDR came from, if any.
	SubnetPoolID string `json:"subnetpool_id"`
	// ServiceTypes limits the ports that get addresses here
	// (subnet-service-types).
	ServiceTypes   []string             `json:"service_types"`
	SegmentID      string               `json:"segment_id"`
	ProjectID      string               `json:"project_id"`
	TenantID       string               `json:"tenant_id"`
	Tags           []string             `json:"tags"`
	RevisionNumber int                  `json:"revision_number"`
	CreatedAt      gophercloud.JSONTime `json:"created_at"`
	UpdatedAt      gophercloud.JSONTime `json:"updated_at"`
}

// GetResult is the result of Get.
type GetResult = gophercloud.ItemResult[Subnet]

// CreateResult is the result of Create.
type CreateResult = gophercloud.ItemResult[Subnet]

// UpdateResult is the result of Update.
type UpdateResult = gophercloud.ItemResult[Subnet]

// DeleteResult is the result of Delete.
type DeleteResult = gophercloud.ErrResult
