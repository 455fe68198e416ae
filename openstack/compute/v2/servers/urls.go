package servers

import "github.com/cloudsdk/gophercloud"

func createURL(c *gophercloud.ServiceClient) string { return c.ServiceURL("servers") }

func listURL(c *gophercloud.ServiceClient) string { return c.ServiceURL("servers", "detail") }

func serverURL(c *gophercloud.ServiceClient, id string) string { return c.ServiceURL("servers", id) }

func actionURL(c *gophercloud.ServiceClient, id string) string {
	return c.ServiceURL("servers", id, "action")
}

func metadataURL(c *gophercloud.ServiceClient, id string) string {
	return c.ServiceURL("servers", id, "metadata")
}

func metadatumURL(c *gophercloud.ServiceClient, id, key string) string {
	return c.ServiceURL("servers", id, "metadata", key)
}

func addressesURL(c *gophercloud.ServiceClient, id string) string {
	return c.ServiceURL("servers", id, "ips")
}

func networkAddressesURL(c *gophercloud.ServiceClient, id, network string) string {
	return c.ServiceURL("servers", id, "ips", network)
}

func passwordURL(c *gophercloud.ServiceClient, id string) string {
	return c.ServiceURL("servers", id, "os-server-password")
}
