package networks

import (
	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/common"
	"github.com/cloudsdk/gophercloud/pagination"
)

// Network is a Neutron network with its core and standard attributes.
type Network struct {
	ID          string `json:"id"`
	Name        string `json:"name"`
	Description string `json:"description"`
	// AdminStateUp is false when the network is administratively down.
	AdminStateUp bool `json:"admin_state_up"`
	// Status is ACTIVE, DOWN, BUILD or ERROR.
	Status string `json:"status"`
	// Subnets are the IDs of the network's subnets.
	Subnets   []string `json:"subnets"`
	ProjectID string   `json:"project_id"`
	// TenantID is the legacy name of ProjectID.
	TenantID string `json:"tenant_id"`
	// Shared networks are visible to every project.
	Shared bool `json:"shared"`
	// MTU is the largest IP packet the network carries (net-mtu).
	MTU int `json:"mtu"`
	// AvailabilityZones and AvailabilityZoneHints (network_availability_zone).
	AvailabilityZones     []string `json:"availability_zones"`
	AvailabilityZoneHints []string `json:"availability_zone_hints"`
	// IsDefault marks the default external network (auto-allocated-topology).
	IsDefault bool `json:"is_default"`
	// QoSPolicyID is the network's QoS policy (qos).
	QoSPolicyID string `json:"qos_policy_id"`
	// DNSDomain is set with the dns-integration extension.
	DNSDomain string `json:"dns_domain"`
	// Tags (standard-attr-tag); change them with the tags package.
	Tags []string `json:"tags"`
	// RevisionNumber grows with every change; pass it to
	// UpdateOpts.IfMatch for a conditional update.
	RevisionNumber int                  `json:"revision_number"`
	CreatedAt      gophercloud.JSONTime `json:"created_at"`
	UpdatedAt      gophercloud.JSONTime `json:"updated_at"`
}

// GetResult is the result of Get; Extract returns the *Network and
// ExtractInto decodes extension attributes into the caller's struct.
type GetResult = gophercloud.ItemResult[Network]

// CreateResult is the result of Create.
type CreateResult = gophercloud.ItemResult[Network]

// UpdateResult is the result of Update.
type UpdateResult = gophercloud.ItemResult[Network]

// DeleteResult is the result of Delete.
type DeleteResult = gophercloud.ErrResult

// ExtractNetworksInto decodes the networks of one page into v (a pointer to
// a slice of the caller's struct), for extension attributes.
func ExtractNetworksInto(p pagination.Page[Network], v any) error {
	return common.ExtractPageInto(p, "networks", v)
}
