package tags

import "github.com/cloudsdk/gophercloud"

func listURL(c *gophercloud.ServiceClient, serverID string) string {
	return c.ServiceURL("servers", serverID, "tags")
}

func tagURL(c *gophercloud.ServiceClient, serverID, tag string) string {
	return c.ServiceURL("servers", serverID, "tags", tag)
}
