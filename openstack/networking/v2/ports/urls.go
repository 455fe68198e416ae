package ports

import "github.com/cloudsdk/gophercloud"

func listURL(c *gophercloud.ServiceClient) string { return c.ServiceURL("ports") }
func portURL(c *gophercloud.ServiceClient, id string) string {
	return c.ServiceURL("ports", id)
}
