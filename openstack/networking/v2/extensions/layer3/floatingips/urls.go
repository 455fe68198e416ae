package floatingips

import "github.com/cloudsdk/gophercloud"

func listURL(c *gophercloud.ServiceClient) string { return c.ServiceURL("floatingips") }
func fipURL(c *gophercloud.ServiceClient, id string) string {
	return c.ServiceURL("floatingips", id)
}
