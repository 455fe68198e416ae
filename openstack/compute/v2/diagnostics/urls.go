package diagnostics

import "github.com/cloudsdk/gophercloud"

func getURL(c *gophercloud.ServiceClient, serverID string) string {
	return c.ServiceURL("servers", serverID, "diagnostics")
}
