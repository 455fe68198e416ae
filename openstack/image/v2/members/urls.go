package members

import "github.com/cloudsdk/gophercloud"

func listURL(c *gophercloud.ServiceClient, imageID string) string {
	return c.ServiceURL("images", imageID, "members")
}

func memberURL(c *gophercloud.ServiceClient, imageID, memberID string) string {
	return c.ServiceURL("images", imageID, "members", memberID)
}
