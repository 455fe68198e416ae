package roles

import (
	"encoding/json"

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
	Propagate  LooseBool `json:"RAX-AUTH:propagate"`
	Weight     LooseInt  `json:"RAX-AUTH:Weight"`
	Assignment string    `json:"RAX-AUTH:assignment"`
}

// LooseBool is a bool that Rackspace has sent both as a JSON boolean and
// as a string ("false"); either decodes.
type LooseBool bool

// UnmarshalJSON takes true, false, "true", "false", "" or null.
func (b *LooseBool) UnmarshalJSON(raw []byte) error { return decodeLoose(raw, (*bool)(b)) }

// LooseInt is an int that Rackspace has sent both as a JSON number and as
// a string ("1000"); either decodes.
type LooseInt int

// UnmarshalJSON takes 1000, "1000", "" or null.
func (i *LooseInt) UnmarshalJSON(raw []byte) error { return decodeLoose(raw, (*int)(i)) }

// decodeLoose decodes a JSON scalar into v, unquoting it first when it
// came as a string; null and "" leave v as it is.
func decodeLoose(raw []byte, v any) error {
	if len(raw) > 0 && raw[0] == '"' {
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return err
		}
		raw = []byte(s)
	}
	if len(raw) == 0 || string(raw) == "null" {
		return nil
	}
	return json.Unmarshal(raw, v)
}

// ExtractRoles returns the roles of a page (or of AllPages).
func ExtractRoles(p pagination.Page[Role]) ([]Role, error) { return p.Items, nil }

// AddUserRoleResult is the result of AddUserRole.
type AddUserRoleResult = osroles.AddUserResult

// DeleteUserRoleResult is the result of DeleteUserRole.
type DeleteUserRoleResult = osroles.DeleteUserResult
