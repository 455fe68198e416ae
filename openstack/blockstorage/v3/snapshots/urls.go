package snapshots

import "github.com/cloudsdk/gophercloud/openstack/blockstorage/internal"

// kind is where snapshots live: /snapshots, under "snapshot" and "snapshots".
var kind = internal.Kind{Collection: "snapshots", Key: "snapshot", ListKey: "snapshots", Detail: true, LinksKey: "snapshots_links"}
