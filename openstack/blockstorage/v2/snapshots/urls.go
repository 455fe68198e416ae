package snapshots

import "github.com/cloudsdk/gophercloud/openstack/blockstorage/internal"

// kind is where v2 snapshots live: /snapshots, under "snapshot" and
// "snapshots", paged through snapshots_links.
var kind = internal.Kind{Collection: "snapshots", Key: "snapshot", ListKey: "snapshots", Detail: true, LinksKey: "snapshots_links"}
