package snapshots

import "github.com/cloudsdk/gophercloud/openstack/blockstorage/internal"

// kind is where v1 snapshots live: /snapshots (listed through
// /snapshots/detail, in one page), under "snapshot" and "snapshots".
var kind = internal.Kind{Collection: "snapshots", Key: "snapshot", ListKey: "snapshots", Detail: true}
