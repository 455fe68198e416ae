package images

import "github.com/cloudsdk/gophercloud"

func listURL(c *gophercloud.ServiceClient) string { return c.ServiceURL("images", "detail") }
func imageURL(c *gophercloud.ServiceClient, id string) string {
	return c.ServiceURL("images", id)
}
