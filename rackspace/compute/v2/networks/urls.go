package networks

import "github.com/cloudsdk/gophercloud"

func listURL(c *gophercloud.ServiceClient) string { return c.ServiceURL("os-networksv2") }

func networkURL(c *gophercloud.ServiceClient, id string) string {
	return c.ServiceURL("os-networksv2", id)
}
