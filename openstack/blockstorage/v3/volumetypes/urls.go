package volumetypes

import (
	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/blockstorage/internal"
)

// kind is where volume types live: /types, under "volume_type".
var kind = internal.Kind{Collection: "types", Key: "volume_type", ListKey: "volume_types", LinksKey: "volume_type_links"}

func accessURL(c *gophercloud.ServiceClient, id string) string {
	return c.ServiceURL("types", id, "os-volume-type-access")
}
