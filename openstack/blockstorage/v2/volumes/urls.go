package volumes

import "github.com/cloudsdk/gophercloud/openstack/blockstorage/internal"

// kind is where v2 volumes live: /volumes, under "volume" and "volumes",
// paged through volumes_links.
var kind = internal.Kind{Collection: "volumes", Key: "volume", ListKey: "volumes", Detail: true, LinksKey: "volumes_links"}
