package containers

import (
	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/internal"
)

// listURL is the account: listing it lists its containers.
func listURL(c *gophercloud.ServiceClient) string { return c.ServiceURL() }

// containerURL is one container; the name is checked and escaped.
func containerURL(c *gophercloud.ServiceClient, name string) (string, error) {
	return internal.ContainerURL(c, name)
}
