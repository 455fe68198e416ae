package users

import "github.com/cloudsdk/gophercloud"

// List, Get, GetByName, Create and Delete use openstack/identity/v2/users'
// URLs (/users, /users/{id}); Update and the API key calls these.

func userURL(c *gophercloud.ServiceClient, id string) string { return c.ServiceURL("users", id) }

func apiKeyURL(c *gophercloud.ServiceClient, id string) string {
	return c.ServiceURL("users", id, "OS-KSADM", "credentials", apiKeyKey)
}

func resetAPIKeyURL(c *gophercloud.ServiceClient, id string) string {
	return c.ServiceURL("users", id, "OS-KSADM", "credentials", apiKeyKey, "RAX-AUTH", "reset")
}
