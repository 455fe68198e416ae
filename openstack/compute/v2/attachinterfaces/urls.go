package attachinterfaces

import "github.com/cloudsdk/gophercloud"

func listURL(c *gophercloud.ServiceClient, serverID string) string {
	return c.ServiceURL("servers", serverID, "os-interface")
}

func interfaceURL(c *gophercloud.ServiceClient, serverID, portID string) string {
	return c.ServiceURL("servers", serverID, "os-interface", portID)
}
