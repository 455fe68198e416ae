package remoteconsoles

import "github.com/cloudsdk/gophercloud"

func createURL(c *gophercloud.ServiceClient, serverID string) string {
	return c.ServiceURL("servers", serverID, "remote-consoles")
}
