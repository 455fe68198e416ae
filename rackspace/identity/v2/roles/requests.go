package roles

import (
	"context"
	"net/http"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/pagination"
)

var rolePages = pagination.Linked[Role]{ItemsKey: "roles", LinksKey: "roles_links"}

// List returns a Pager over the roles the caller may assign (GET
// /OS-KSADM/roles); it does no I/O, so it takes no ctx.
func List(c *gophercloud.ServiceClient) pagination.Pager[Role] {
	return pagination.New(c, listURL(c), rolePages, nil)
}

// ListUserRoles returns a Pager over a user's global roles (GET
// /users/{id}/roles).
func ListUserRoles(c *gophercloud.ServiceClient, userID string) pagination.Pager[Role] {
	return pagination.New(c, userRolesURL(c, userID), rolePages, nil)
}

// AddUserRole grants a global role to a user (PUT
// /users/{id}/roles/OS-KSADM/{roleId}).
func AddUserRole(ctx context.Context, c *gophercloud.ServiceClient, userID, roleID string) AddUserRoleResult {
	return AddUserRoleResult{Result: c.Put(ctx, userRoleURL(c, userID, roleID), nil, &gophercloud.RequestOpts{
		OkCodes: []int{http.StatusOK, http.StatusCreated, http.StatusNoContent},
	})}
}

// DeleteUserRole revokes a global role from a user.
func DeleteUserRole(ctx context.Context, c *gophercloud.ServiceClient, userID, roleID string) DeleteUserRoleResult {
	return DeleteUserRoleResult{Result: c.Delete(ctx, userRoleURL(c, userID, roleID), &gophercloud.RequestOpts{
		OkCodes: []int{http.StatusOK, http.StatusNoContent},
	})}
}
