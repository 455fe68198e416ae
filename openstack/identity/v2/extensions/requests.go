package extensions

import (
	"context"

	"github.com/cloudsdk/gophercloud"
	common "github.com/cloudsdk/gophercloud/openstack/common/extensions"
	"github.com/cloudsdk/gophercloud/pagination"
)

// List returns a Pager (of one page) over the identity extensions (GET
// /v2.0/extensions), in Keystone's {"extensions": {"values": [...]}} or
// Rackspace's {"extensions": [...]}; it does no I/O, so it takes no ctx.
func List(c *gophercloud.ServiceClient) pagination.Pager[Extension] {
	return pagination.New(c, listURL(c), pagination.StrategyFunc[Extension](parseList), nil)
}

// Get shows one extension by its alias ("OS-KSADM", "RAX-KSKEY"), with
// common/extensions' request (GET /v2.0/extensions/{alias}); an alias the
// service lacks is gophercloud.ErrNotFound.
func Get(ctx context.Context, c *gophercloud.ServiceClient, alias string) GetResult {
	r := common.Get(ctx, c, alias)
	return GetResult{Result: r.Result, Key: r.Key}
}
