package hypervisors

import "github.com/cloudsdk/gophercloud"

func hypervisorsURL(c *gophercloud.ServiceClient, more ...string) string {
	return c.ServiceURL(append([]string{"os-hypervisors"}, more...)...)
}
