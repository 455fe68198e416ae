package instanceactions

import "github.com/cloudsdk/gophercloud"

func listURL(c *gophercloud.ServiceClient, serverID string) string {
	return c.ServiceURL("servers", serverID, "os-instance-actions")
}

func actionURL(c *gophercloud.ServiceClient, serverID, requestID string) string {
	return c.ServiceURL("servers", serverID, "os-instance-actions", requestID)
}
