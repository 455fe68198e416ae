package keypairs

import (
	"context"

	"github.com/cloudsdk/gophercloud"
	oskeypairs "github.com/cloudsdk/gophercloud/openstack/compute/v2/keypairs"
	"github.com/cloudsdk/gophercloud/pagination"
)

// List returns a Pager over the account's key pairs; it does no I/O, so it
// takes no ctx.
func List(c *gophercloud.ServiceClient) pagination.Pager[KeyPair] {
	return oskeypairs.List(c, oskeypairs.ListOpts{})
}

// Get shows one key pair by name.
func Get(ctx context.Context, c *gophercloud.ServiceClient, name string) GetResult {
	return oskeypairs.Get(ctx, c, name, oskeypairs.GetOpts{})
}

// CreateOpts describes a key pair to import (PublicKey) or generate. Leave
// Type and UserID empty: Cloud Servers has ssh keys of the caller only.
type CreateOpts = oskeypairs.CreateOpts

// Create imports or generates a key pair.
func Create(ctx context.Context, c *gophercloud.ServiceClient, opts CreateOpts) CreateResult {
	return oskeypairs.Create(ctx, c, opts)
}

// Delete deletes a key pair by name; servers booted with it keep the key.
func Delete(ctx context.Context, c *gophercloud.ServiceClient, name string) DeleteResult {
	return oskeypairs.Delete(ctx, c, name, oskeypairs.DeleteOpts{})
}
