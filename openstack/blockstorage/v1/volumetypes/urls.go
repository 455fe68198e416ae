package volumetypes

import "github.com/cloudsdk/gophercloud/openstack/blockstorage/internal"

// kind is where v1 volume types live: /types, under "volume_type"; the
// list is one page.
var kind = internal.Kind{Collection: "types", Key: "volume_type", ListKey: "volume_types"}
