package limits

import "github.com/cloudsdk/gophercloud"

func getURL(c *gophercloud.ServiceClient) string { return c.ServiceURL("limits") }
