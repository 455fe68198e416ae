package tenants

import "github.com/cloudsdk/gophercloud"

func listURL(c *gophercloud.ServiceClient) string { return c.ServiceURL("tenants") }

func tenantURL(c *gophercloud.ServiceClient, id string) string {
	return c.ServiceURL("tenants", id)
}

func usersURL(c *gophercloud.ServiceClient, id string) string {
	return c.ServiceURL("tenants", id, "users")
}
