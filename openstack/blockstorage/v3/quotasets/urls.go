package quotasets

import "github.com/cloudsdk/gophercloud"

func quotaURL(c *gophercloud.ServiceClient, projectID string, more ...string) string {
	return c.ServiceURL(append([]string{"os-quota-sets", projectID}, more...)...)
}
