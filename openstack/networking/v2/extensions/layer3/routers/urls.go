package routers

import "github.com/cloudsdk/gophercloud"

func listURL(c *gophercloud.ServiceClient) string { return c.ServiceURL("routers") }
func routerURL(c *gophercloud.ServiceClient, id string, action ...string) string {
	return c.ServiceURL(append([]string{"routers", id}, action...)...)
}
