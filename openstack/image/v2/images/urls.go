package images

import "github.com/cloudsdk/gophercloud"

func listURL(c *gophercloud.ServiceClient) string { return c.ServiceURL("images") }

func imageURL(c *gophercloud.ServiceClient, id string, more ...string) string {
	return c.ServiceURL(append([]string{"images", id}, more...)...)
}
