package extensions

import "github.com/cloudsdk/gophercloud"

func listURL(c *gophercloud.ServiceClient) string { return c.ServiceURL("extensions") }
func extensionURL(c *gophercloud.ServiceClient, alias string) string {
	return c.ServiceURL("extensions", alias)
}
