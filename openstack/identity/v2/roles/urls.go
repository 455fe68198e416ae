package roles

import "github.com/cloudsdk/gophercloud"

func listURL(c *gophercloud.ServiceClient) string { return c.ServiceURL("OS-KSADM", "roles") }

// tenantUserRoleURL is tenants/{t}/users/{u}/roles/OS-KSADM/{r}.
func tenantUserRoleURL(c *gophercloud.ServiceClient, tenantID, userID, roleID string) string {
	return c.ServiceURL("tenants", tenantID, "users", userID, "roles", "OS-KSADM", roleID)
}

func userGlobalRolesURL(c *gophercloud.ServiceClient, userID string) string {
	return c.ServiceURL("users", userID, "roles")
}

// userGlobalRoleURL is users/{u}/roles/OS-KSADM/{r}.
func userGlobalRoleURL(c *gophercloud.ServiceClient, userID, roleID string) string {
	return c.ServiceURL("users", userID, "roles", "OS-KSADM", roleID)
}
