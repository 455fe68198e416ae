package services

import "github.com/cloudsdk/gophercloud"

func listURL(c *gophercloud.ServiceClient) string { return c.ServiceURL("os-services") }

func serviceURL(c *gophercloud.ServiceClient, id string) string {
	return c.ServiceURL("os-services", id)
}
