package roles

import (
	"context"
	"net/http"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/pagination"
)

// List returns a Pager over every role (GET /v2.0/OS-KSADM/roles),
// following roles_links; it does no I/O, so it takes no ctx.
func List(c *gophercloud.ServiceClient) pagination.Pager[Role] { return ListOf[Role](c) }

// ListOf is List decoding each role into T, a vendor's role type that
// embeds Role (rackspace/identity/v2/roles does); the request and paging
// are List's.
func ListOf[T any](c *gophercloud.ServiceClient) pagination.Pager[T] {
	return pagination.New(c, listURL(c), rolePages[T](), nil)
}

// ListUserGlobal returns a Pager over a user's global roles, those not
// bound to a tenant (GET /v2.0/users/{id}/roles); it does no I/O.
func ListUserGlobal(c *gophercloud.ServiceClient, userID string) pagination.Pager[Role] {
	return ListUserGlobalOf[Role](c, userID)
}

// ListUserGlobalOf is ListUserGlobal decoding each role into T.
func ListUserGlobalOf[T any](c *gophercloud.ServiceClient, userID string) pagination.Pager[T] {
	return pagination.New(c, userGlobalRolesURL(c, userID), rolePages[T](), nil)
}

func rolePages[T any]() pagination.Linked[T] {
	return pagination.Linked[T]{ItemsKey: "roles", LinksKey: "roles_links"}
}

// addCodes are the answers to a role grant: the reference documents 201,
// Keystone sent 200 with the role, Rackspace 200 or 204.
var addCodes = []int{http.StatusOK, http.StatusCreated, http.StatusNoContent}

// deleteCodes are the answers to a revocation: 204, or 200 from some
// services.
var deleteCodes = []int{http.StatusOK, http.StatusNoContent}

// AddUser grants a role to a user on a tenant (PUT
// /v2.0/tenants/{tenantId}/users/{userId}/roles/OS-KSADM/{roleId}).
func AddUser(ctx context.Context, c *gophercloud.ServiceClient, tenantID, userID, roleID string) AddUserResult {
	return AddUserResult{Result: c.Put(ctx, tenantUserRoleURL(c, tenantID, userID, roleID), nil, &gophercloud.RequestOpts{OkCodes: addCodes})}
}

// DeleteUser revokes a user's role on a tenant (DELETE of the same URL).
func DeleteUser(ctx context.Context, c *gophercloud.ServiceClient, tenantID, userID, roleID string) DeleteUserResult {
	return DeleteUserResult{Result: c.Delete(ctx, tenantUserRoleURL(c, tenantID, userID, roleID), &gophercloud.RequestOpts{OkCodes: deleteCodes})}
}

// AddUserGlobal grants a user a global role, not bound to a tenant (PUT
// /v2.0/users/{userId}/roles/OS-KSADM/{roleId}).
func AddUserGlobal(ctx context.Context, c *gophercloud.ServiceClient, userID, roleID string) AddUserResult {
	return AddUserResult{Result: c.Put(ctx, userGlobalRoleURL(c, userID, roleID), nil, &gophercloud.RequestOpts{OkCodes: addCodes})}
}

// DeleteUserGlobal revokes a user's global role.
func DeleteUserGlobal(ctx context.Context, c *gophercloud.ServiceClient, userID, roleID string) DeleteUserResult {
	return DeleteUserResult{Result: c.Delete(ctx, userGlobalRoleURL(c, userID, roleID), &gophercloud.RequestOpts{OkCodes: deleteCodes})}
}
