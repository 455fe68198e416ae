package portforwarding

import "github.com/cloudsdk/gophercloud"

func listURL(c *gophercloud.ServiceClient, fipID string) string {
	return c.ServiceURL("floatingips", fipID, "port_forwardings")
}

func pfURL(c *gophercloud.ServiceClient, fipID, id string) string {
	return c.ServiceURL("floatingips", fipID, "port_forwardings", id)
}
