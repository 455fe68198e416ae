package volumes

import "github.com/cloudsdk/gophercloud/openstack/blockstorage/internal"

// kind is where v1 volumes live: /volumes (listed through /volumes/detail,
// in one page), under "volume" and "volumes".
var kind = internal.Kind{Collection: "volumes", Key: "volume", ListKey: "volumes", Detail: true}
