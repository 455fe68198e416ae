package objects

import (
	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/internal"
)

// containerURL is the container whose objects are listed.
func containerURL(c *gophercloud.ServiceClient, container string) (string, error) {
	return internal.ContainerURL(c, container)
}

// objectURL is one object: the name's "/" stay path separators, every
// other character is escaped (see internal.ObjectURL).
func objectURL(c *gophercloud.ServiceClient, container, name string) (string, error) {
	return internal.ObjectURL(c, container, name)
}
