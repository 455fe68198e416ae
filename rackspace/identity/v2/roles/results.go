package roles

import (
	"github.com/cloudsdk/gophercloud"

	osroles "github.com/cloudsdk/gophercloud/openstack/identity/v2/roles"
	"github.com/cloudsdk/gophercloud/pagination"
)

// Role is a Rackspace identity role: the Keystone v2 role (ID, Name,
// Description, ServiceID, the product it belongs to) with Rackspace's
// fields. Embed it to decode more fields with ListOf.
type Role struct {
	osroles.Role
	// TenantID is set on tenant roles in a user's list.
	TenantID string `json:"tenantId"`
	// Propagate, Weight and Assignment are Rackspace's RAX-AUTH role
	// properties: whether the role passes to sub-users, its rank, and
	// whether it may be assigned globally, per tenant or both.
	Propagate  gophercloud.LooseBool `json:"RAX-AUTH:propagate"`
	Weight     gophercloud.LooseInt  `json:"RAX-AUTH:Weight"`
	Assignment string                `json:"RAX-AUTH:assignment"`
}

// ExtractRoles returns the roles of a page (or of AllPages).
func ExtractRoles(p pagination.Page[Role]) ([]Role, error) { return p.Items, nil }

// AddUserRoleResult is the result of AddUserRole.
type AddUserRoleResult = osroles.AddUserResult

// DeleteUserRoleResult is the result of DeleteUserRole.
type DeleteUserRoleResult = osroles.DeleteUserResult
