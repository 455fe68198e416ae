package routers

import "github.com/cloudsdk/gophercloud"

// ExternalFixedIP is an address of the router's gateway port.
type ExternalFixedIP struct {
	IPAddress string `json:"ip_address,omitempty"`
	SubnetID  string `json:"subnet_id,omitempty"`
}

// GatewayInfo is the router's external gateway.
type GatewayInfo struct {
	NetworkID string `json:"network_id,omitempty"`
	// EnableSNAT is nil for Neutron's default (true); setting it is admin
	// only by default policy (ext-gw-mode).
	EnableSNAT       *bool             `json:"enable_snat,omitempty"`
	ExternalFixedIPs []ExternalFixedIP `json:"external_fixed_ips,omitempty"`
}

// Route is a static route of the router (extraroute).
type Route struct {
	DestinationCIDR string `json:"destination"`
	NextHop         string `json:"nexthop"`
}

// Router is a Neutron router.
type Router struct {
	ID           string `json:"id"`
	Name         string `json:"name"`
	Description  string `json:"description"`
	AdminStateUp bool   `json:"admin_state_up"`
	Status       string `json:"status"`
	// GatewayInfo is nil when the router has no external gateway.
	GatewayInfo *GatewayInfo `json:"external_gateway_info"`
	Routes      []Route      `json:"routes"`
	// Distributed and HA are visible to admins (dvr, l3-ha).
	Distributed           bool                 `json:"distributed"`
	HA                    bool                 `json:"ha"`
	AvailabilityZoneHints []string             `json:"availability_zone_hints"`
	AvailabilityZones     []string             `json:"availability_zones"`
	ProjectID             string               `json:"project_id"`
	TenantID              string               `json:"tenant_id"`
	Tags                  []string             `json:"tags"`
	RevisionNumber        int                  `json:"revision_number"`
	CreatedAt             gophercloud.JSONTime `json:"created_at"`
	UpdatedAt             gophercloud.JSONTime `json:"updated_at"`
}

// InterfaceInfo is the answer to AddInterface and RemoveInterface.
type InterfaceInfo struct {
	// ID is the router's ID.
	ID        string   `json:"id"`
	SubnetID  string   `json:"subnet_id"`
	SubnetIDs []string `json:"subnet_ids"`
	PortID    string   `json:"port_id"`
	NetworkID string   `json:"network_id"`
	ProjectID string   `json:"project_id"`
	TenantID  string   `json:"tenant_id"`
	Tags      []string `json:"tags"`
}

// GetResult is the result of Get.
type GetResult = gophercloud.ItemResult[Router]

// CreateResult is the result of Create.
type CreateResult = gophercloud.ItemResult[Router]

// UpdateResult is the result of Update.
type UpdateResult = gophercloud.ItemResult[Router]

// DeleteResult is the result of Delete.
type DeleteResult = gophercloud.ErrResult

// InterfaceResult is the result of AddInterface and RemoveInterface; the
// body is the InterfaceInfo itself.
type InterfaceResult = gophercloud.ItemResult[InterfaceInfo]
