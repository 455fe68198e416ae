package tags

import "github.com/cloudsdk/gophercloud"

func tagsURL(c *gophercloud.ServiceClient, resourceType, id string, tag ...string) string {
	return c.ServiceURL(append([]string{resourceType, id, "tags"}, tag...)...)
}
