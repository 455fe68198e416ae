package roles

import "github.com/cloudsdk/gophercloud"

func listURL(c *gophercloud.ServiceClient) string { return c.ServiceURL("OS-KSADM", "roles") }

func userRolesURL(c *gophercloud.ServiceClient, userID string) string {
	return c.ServiceURL("users", userID, "roles")
}

func userRoleURL(c *gophercloud.ServiceClient, userID, roleID string) string {
	return c.ServiceURL("users", userID, "roles", "OS-KSADM", roleID)
}
