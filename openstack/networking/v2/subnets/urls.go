package subnets

import "github.com/cloudsdk/gophercloud"

func listURL(c *gophercloud.ServiceClient) string { return c.ServiceURL("subnets") }
func subnetURL(c *gophercloud.ServiceClient, id string) string {
	return c.ServiceURL("subnets", id)
}
