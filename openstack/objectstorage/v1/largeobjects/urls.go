package largeobjects

import (
	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/internal"
)

// manifestURL is the object's URL with ?multipart-manifest=<op>, how an SLO
// manifest is written ("put") and deleted with its segments ("delete").
func manifestURL(c *gophercloud.ServiceClient, container, name, op string) (string, error) {
	u, err := internal.ObjectURL(c, container, name)
	if err != nil {
		return "", err
	}
	return u + "?multipart-manifest=" + op, nil
}
