package volumeattach

import "github.com/cloudsdk/gophercloud"

func listURL(c *gophercloud.ServiceClient, serverID string) string {
	return c.ServiceURL("servers", serverID, "os-volume_attachments")
}
func attachmentURL(c *gophercloud.ServiceClient, serverID, volumeID string) string {
	return c.ServiceURL("servers", serverID, "os-volume_attachments", volumeID)
}
