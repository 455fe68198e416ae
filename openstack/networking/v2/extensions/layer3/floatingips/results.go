package floatingips

import "github.com/cloudsdk/gophercloud"

// FloatingIP is a Neutron floating IP.
type FloatingIP struct {
	ID                string `json:"id"`
	Description       string `json:"description"`
	FloatingNetworkID string `json:"floating_network_id"`
	FloatingIP        string `json:"floating_ip_address"`
	// PortID and FixedIP are "" while the floating IP is not associated.
	PortID  string `json:"port_id"`
	FixedIP string `json:"fixed_ip_address"`
	// RouterID is the router that does the NAT, once associated.
	RouterID string `json:"router_id"`
	// Status is ACTIVE, DOWN or ERROR.
	Status         string               `json:"status"`
	DNSName        string               `json:"dns_name"`
	DNSDomain      string               `json:"dns_domain"`
	QoSPolicyID    string               `json:"qos_policy_id"`
	ProjectID      string               `json:"project_id"`
	TenantID       string               `json:"tenant_id"`
	Tags           []string             `json:"tags"`
	RevisionNumber int                  `json:"revision_number"`
	CreatedAt      gophercloud.JSONTime `json:"created_at"`
	UpdatedAt      gophercloud.JSONTime `json:"updated_at"`
}

// GetResult is the result of Get.
type GetResult = gophercloud.ItemResult[FloatingIP]

// CreateResult is the result of Create.
type CreateResult = gophercloud.ItemResult[FloatingIP]

// UpdateResult is the result of Update, Associate and Disassociate.
type UpdateResult = gophercloud.ItemResult[FloatingIP]

// DeleteResult is the result of Delete.
type DeleteResult = gophercloud.ErrResult
