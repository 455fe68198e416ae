package subnetpools

import "github.com/cloudsdk/gophercloud"

func listURL(c *gophercloud.ServiceClient) string { return c.ServiceURL("subnetpools") }
func poolURL(c *gophercloud.ServiceClient, id string) string {
	return c.ServiceURL("subnetpools", id)
}
