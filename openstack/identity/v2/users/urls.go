package users

import "github.com/cloudsdk/gophercloud"

// user is how v2.0 wraps a user; GetOf and CreateOf use the same key for
// a vendor's T.
var user = gophercloud.Resource[User]{Key: "user"}

func listURL(c *gophercloud.ServiceClient) string { return c.ServiceURL("users") }

func userURL(c *gophercloud.ServiceClient, id string) string { return c.ServiceURL("users", id) }

// tenantRolesURL is tenants/{t}/users/{u}/roles.
func tenantRolesURL(c *gophercloud.ServiceClient, tenantID, userID string) string {
	return c.ServiceURL("tenants", tenantID, "users", userID, "roles")
}
