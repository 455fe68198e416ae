package schemas

import "github.com/cloudsdk/gophercloud"

func schemaURL(c *gophercloud.ServiceClient, name string) string {
	return c.ServiceURL("schemas", name)
}
