package groups

import (
	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/extensions/security/rules"
)

// SecGroup is a Neutron security group with its rules.
type SecGroup struct {
	ID          string `json:"id"`
	Name        string `json:"name"`
	Description string `json:"description"`
	// Stateful is false for stateless groups (stateful-security-group).
	Stateful       bool                 `json:"stateful"`
	Shared         bool                 `json:"shared"`
	Rules          []rules.SecGroupRule `json:"security_group_rules"`
	ProjectID      string               `json:"project_id"`
	TenantID       string               `json:"tenant_id"`
	Tags           []string             `json:"tags"`
	RevisionNumber int                  `json:"revision_number"`
	CreatedAt      gophercloud.JSONTime `json:"created_at"`
	UpdatedAt      gophercloud.JSONTime `json:"updated_at"`
}

// GetResult is the result of Get.
type GetResult = gophercloud.ItemResult[SecGroup]

// CreateResult is the result of Create.
type CreateResult = gophercloud.ItemResult[SecGroup]

// UpdateResult is the result of Update.
type UpdateResult = gophercloud.ItemResult[SecGroup]

// DeleteResult is the result of Delete.
type DeleteResult = gophercloud.ErrResult
