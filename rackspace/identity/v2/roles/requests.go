package roles

import (
	"context"

	"github.com/cloudsdk/gophercloud"
	osroles "github.com/cloudsdk/gophercloud/openstack/identity/v2/roles"
	"github.com/cloudsdk/gophercloud/pagination"
)

// List returns a Pager over the roles the caller may assign (GET
// /OS-KSADM/roles); it does no I/O, so it takes no ctx.
func List(c *gophercloud.ServiceClient) pagination.Pager[Role] { return osroles.ListOf[Role](c) }

// ListUserRoles returns a Pager over a user's global roles (GET
// /users/{id}/roles).
func ListUserRoles(c *gophercloud.ServiceClient, userID string) pagination.Pager[Role] {
	return osroles.ListUserGlobalOf[Role](c, userID)
}

// AddUserRole grants a global role to a user (PUT
// /users/{id}/roles/OS-KSADM/{roleId}).
func AddUserRole(ctx context.Context, c *gophercloud.ServiceClient, userID, roleID string) AddUserRoleResult {
	return osroles.AddUserGlobal(ctx, c, userID, roleID)
}

// DeleteUserRole revokes a global role from a user.
func DeleteUserRole(ctx context.Context, c *gophercloud.ServiceClient, userID, roleID string) DeleteUserRoleResult {
	return osroles.DeleteUserGlobal(ctx, c, userID, roleID)
}
