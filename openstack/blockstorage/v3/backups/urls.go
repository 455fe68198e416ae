package backups

import "github.com/cloudsdk/gophercloud/openstack/blockstorage/internal"

// kind is where backups live: /backups, under "backup" and "backups".
var kind = internal.Kind{Collection: "backups", Key: "backup", ListKey: "backups", Detail: true, LinksKey: "backups_links"}
