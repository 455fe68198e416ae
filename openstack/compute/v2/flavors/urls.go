package flavors

import "github.com/cloudsdk/gophercloud"

func listURL(c *gophercloud.ServiceClient) string   { return c.ServiceURL("flavors", "detail") }
func createURL(c *gophercloud.ServiceClient) string { return c.ServiceURL("flavors") }
func flavorURL(c *gophercloud.ServiceClient, id string) string {
	return c.ServiceURL("flavors", id)
}
func accessURL(c *gophercloud.ServiceClient, id string) string {
	return c.ServiceURL("flavors", id, "os-flavor-access")
}
func actionURL(c *gophercloud.ServiceClient, id string) string {
	return c.ServiceURL("flavors", id, "action")
}
func extraSpecsURL(c *gophercloud.ServiceClient, id string) string {
	return c.ServiceURL("flavors", id, "os-extra_specs")
}
func extraSpecURL(c *gophercloud.ServiceClient, id, key string) string {
	return c.ServiceURL("flavors", id, "os-extra_specs", key)
}
