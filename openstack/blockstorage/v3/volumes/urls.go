package volumes

import "github.com/cloudsdk/gophercloud/openstack/blockstorage/internal"

// kind is where volumes live: /volumes, under "volume" and "volumes".
var kind = internal.Kind{Collection: "volumes", Key: "volume", ListKey: "volumes", Detail: true, LinksKey: "volumes_links"}
