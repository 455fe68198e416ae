package rules

import "github.com/cloudsdk/gophercloud"

// SecGroupRule is one rule of a security group.
type SecGroupRule struct {
	ID          string `json:"id"`
	SecGroupID  string `json:"security_group_id"`
	Description string `json:"description"`
	// Direction is "ingress" or "egress"; EtherType "IPv4" or "IPv6".
	Direction string `json:"direction"`
	EtherType string `json:"ethertype"`
	// Protocol is "" for any, or a name ("tcp") or number.
	Protocol string `json:"protocol"`
	// PortRangeMin and PortRangeMax are 0 for any port (for ICMP they are
	// the type and code).
	PortRangeMin         int                  `json:"port_range_min"`
	PortRangeMax         int                  `json:"port_range_max"`
	RemoteIPPrefix       string               `json:"remote_ip_prefix"`
	RemoteGroupID        string               `json:"remote_group_id"`
	RemoteAddressGroupID string               `json:"remote_address_group_id"`
	ProjectID            string               `json:"project_id"`
	TenantID             string               `json:"tenant_id"`
	RevisionNumber       int                  `json:"revision_number"`
	CreatedAt            gophercloud.JSONTime `json:"created_at"`
	UpdatedAt            gophercloud.JSONTime `json:"updated_at"`
}

// GetResult is the result of Get.
type GetResult = gophercloud.ItemResult[SecGroupRule]

// CreateResult is the result of Create.
type CreateResult = gophercloud.ItemResult[SecGroupRule]

// DeleteResult is the result of Delete.
type DeleteResult = gophercloud.ErrResult
