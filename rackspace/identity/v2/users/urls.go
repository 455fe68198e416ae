package users

import "github.com/cloudsdk/gophercloud"

func listURL(c *gophercloud.ServiceClient) string { return c.ServiceURL("users") }

func userURL(c *gophercloud.ServiceClient, id string) string { return c.ServiceURL("users", id) }

func apiKeyURL(c *gophercloud.ServiceClient, id string) string {
	return c.ServiceURL("users", id, "OS-KSADM", "credentials", apiKeyKey)
}

func resetAPIKeyURL(c *gophercloud.ServiceClient, id string) string {
	return c.ServiceURL("users", id, "OS-KSADM", "credentials", apiKeyKey, "RAX-AUTH", "reset")
}
