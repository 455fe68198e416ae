package tokens

import "github.com/cloudsdk/gophercloud"

func createURL(c *gophercloud.ServiceClient) string { return c.ServiceURL("tokens") }

func tokenURL(c *gophercloud.ServiceClient, id string) string { return c.ServiceURL("tokens", id) }

func endpointsURL(c *gophercloud.ServiceClient, id string) string {
	return c.ServiceURL("tokens", id, "endpoints")
}
