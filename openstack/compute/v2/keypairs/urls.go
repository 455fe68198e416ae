package keypairs

import "github.com/cloudsdk/gophercloud"

func listURL(c *gophercloud.ServiceClient) string { return c.ServiceURL("os-keypairs") }
func keypairURL(c *gophercloud.ServiceClient, name string) string {
	return c.ServiceURL("os-keypairs", name)
}
