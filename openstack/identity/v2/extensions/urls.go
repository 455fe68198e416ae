package extensions

import "github.com/cloudsdk/gophercloud"

// listURL is common/extensions' list URL; Get reuses common.Get whole.
func listURL(c *gophercloud.ServiceClient) string { return c.ServiceURL("extensions") }
