package tokens

import "github.com/cloudsdk/gophercloud"

func tokenURL(c *gophercloud.ServiceClient) string { return c.ServiceURL("auth", "tokens") }
