package roles

import (
	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/pagination"
)

// Role is an identity role.
type Role struct {
	ID          string `json:"id"`
	Name        string `json:"name"`
	Description string `json:"description"`
	// ServiceID is the product the role belongs to, if any.
	ServiceID string `json:"serviceId"`
	// TenantID is set on tenant roles in a user's list.
	TenantID string `json:"tenantId"`
	// Propagate, Weight and Assignment are Rackspace's RAX-AUTH role
	// properties: whether the role passes to sub-users, its rank, and
	// whether it may be assigned globally, per tenant or both.
	Propagate  bool   `json:"RAX-AUTH:propagate"`
	Weight     int    `json:"RAX-AUTH:Weight"`
	Assignment string `json:"RAX-AUTH:assignment"`
}

// ExtractRoles returns the roles of a page (or of AllPages).
func ExtractRoles(p pagination.Page[Role]) ([]Role, error) { return p.Items, nil }

// AddUserRoleResult is the result of AddUserRole.
type AddUserRoleResult = gophercloud.ErrResult

// DeleteUserRoleResult is the result of DeleteUserRole.
type DeleteUserRoleResult = gophercloud.ErrResult
