package accounts

import (
	"context"

	"github.com/cloudsdk/gophercloud"
	osaccounts "github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/accounts"
)

// GetOpts tunes Get; the zero value is the usual request.
type GetOpts = osaccounts.GetOpts

// UpdateOpts are the metadata and temp URL key changes Update makes.
type UpdateOpts = osaccounts.UpdateOpts

// Get reads the account's totals and metadata (HEAD).
func Get(ctx context.Context, c *gophercloud.ServiceClient, opts GetOpts) GetResult {
	return osaccounts.Get(ctx, c, opts)
}

// Update changes the account's metadata or temp URL keys (POST).
func Update(ctx context.Context, c *gophercloud.ServiceClient, opts UpdateOpts) UpdateResult {
	return osaccounts.Update(ctx, c, opts)
}
