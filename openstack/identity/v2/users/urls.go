package users

import "github.com/cloudsdk/gophercloud"

func listURL(c *gophercloud.ServiceClient) string { return c.ServiceURL("users") }

func userURL(c *gophercloud.ServiceClient, id string) string { return c.ServiceURL("users", id) }

// tenantRolesURL is tenants/{t}/users/{u}/roles.
func tenantRolesURL(c *gophercloud.ServiceClient, tenantID, userID string) string {
	return c.ServiceURL("tenants", tenantID, "users", userID, "roles")
}
