package groups

import "github.com/cloudsdk/gophercloud"

func listURL(c *gophercloud.ServiceClient) string { return c.ServiceURL("security-groups") }
func groupURL(c *gophercloud.ServiceClient, id string) string {
	return c.ServiceURL("security-groups", id)
}
