package imageimport

import "github.com/cloudsdk/gophercloud"

func infoURL(c *gophercloud.ServiceClient) string {
	return c.ServiceURL("info", "import")
}

func importURL(c *gophercloud.ServiceClient, imageID string) string {
	return c.ServiceURL("images", imageID, "import")
}
