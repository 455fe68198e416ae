package virtualinterfaces

import "github.com/cloudsdk/gophercloud"

func listURL(c *gophercloud.ServiceClient, serverID string) string {
	return c.ServiceURL("servers", serverID, "os-virtual-interfacesv2")
}

func interfaceURL(c *gophercloud.ServiceClient, serverID, id string) string {
	return c.ServiceURL("servers", serverID, "os-virtual-interfacesv2", id)
}
