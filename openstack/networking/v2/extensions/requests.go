package extensions

import (
	"context"
	"errors"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/pagination"
)

// List returns the extensions (one page). https://docs.openstack.org/api-ref/network/v2/#list-extensions
func List(c *gophercloud.ServiceClient) pagination.Pager[Extension] {
	return pagination.New(c, listURL(c), pagination.Single[Extension]{ItemsKey: "extensions"}, nil)
}

// Get shows one extension by alias. https://docs.openstack.org/api-ref/network/v2/#show-extension-details
func Get(ctx context.Context, c *gophercloud.ServiceClient, alias string) GetResult {
	return GetResult{Result: c.Get(ctx, extensionURL(c, alias), nil), Key: "extension"}
}

// Has asks Neutron (one GET) whether it offers the extension alias: a 404
// is (false, nil), other failures are errors.
func Has(ctx context.Context, c *gophercloud.ServiceClient, alias string) (bool, error) {
	_, err := Get(ctx, c, alias).Extract()
	if errors.Is(err, gophercloud.ErrNotFound) {
		return false, nil
	}
	return err == nil, err
}
