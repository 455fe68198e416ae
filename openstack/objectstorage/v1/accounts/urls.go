package accounts

import "github.com/cloudsdk/gophercloud"

// accountURL is the account itself: the service endpoint.
func accountURL(c *gophercloud.ServiceClient) string { return c.ServiceURL() }
