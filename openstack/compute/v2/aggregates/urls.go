package aggregates

import (
	"strconv"

	"github.com/cloudsdk/gophercloud"
)

func listURL(c *gophercloud.ServiceClient) string { return c.ServiceURL("os-aggregates") }

func aggregateURL(c *gophercloud.ServiceClient, id int) string {
	return c.ServiceURL("os-aggregates", strconv.Itoa(id))
}

func actionURL(c *gophercloud.ServiceClient, id int) string {
	return c.ServiceURL("os-aggregates", strconv.Itoa(id), "action")
}
