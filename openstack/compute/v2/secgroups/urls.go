package secgroups

import "github.com/cloudsdk/gophercloud"

func listURL(c *gophercloud.ServiceClient) string { return c.ServiceURL("os-security-groups") }

func groupURL(c *gophercloud.ServiceClient, id string) string {
	return c.ServiceURL("os-security-groups", id)
}

func rulesURL(c *gophercloud.ServiceClient) string {
	return c.ServiceURL("os-security-group-rules")
}

func ruleURL(c *gophercloud.ServiceClient, id string) string {
	return c.ServiceURL("os-security-group-rules", id)
}

func serverActionURL(c *gophercloud.ServiceClient, serverID string) string {
	return c.ServiceURL("servers", serverID, "action")
}

func serverGroupsURL(c *gophercloud.ServiceClient, serverID string) string {
	return c.ServiceURL("servers", serverID, "os-security-groups")
}
