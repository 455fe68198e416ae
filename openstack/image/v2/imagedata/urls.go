package imagedata

import "github.com/cloudsdk/gophercloud"

func fileURL(c *gophercloud.ServiceClient, id string) string {
	return c.ServiceURL("images", id, "file")
}

func stageURL(c *gophercloud.ServiceClient, id string) string {
	return c.ServiceURL("images", id, "stage")
}
