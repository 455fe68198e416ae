package rules

import "github.com/cloudsdk/gophercloud"

func listURL(c *gophercloud.ServiceClient) string { return c.ServiceURL("security-group-rules") }
func ruleURL(c *gophercloud.ServiceClient, id string) string {
	return c.ServiceURL("security-group-rules", id)
}
