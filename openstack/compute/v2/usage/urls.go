package usage

import "github.com/cloudsdk/gophercloud"

func listURL(c *gophercloud.ServiceClient) string {
	return c.ServiceURL("os-simple-tenant-usage")
}

func getURL(c *gophercloud.ServiceClient, projectID string) string {
	return c.ServiceURL("os-simple-tenant-usage", projectID)
}
