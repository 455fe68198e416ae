package v2_test

import (
	"context"
	"errors"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/extensions"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/flavors"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/images"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/keypairs"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/servergroups"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/servers"
	"github.com/cloudsdk/gophercloud/openstack/compute/v2/volumeattach"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
)

// TestBadIDsSendNothing checks that every call refuses an empty, "." or
// ".." ID or name with an *ErrInvalidInput before any request: an empty
// server ID would turn Get into a list, a dot segment would address the
// parent resource.
func TestBadIDsSendNothing(t *testing.T) {
	type call func(ctx context.Context, c *gophercloud.ServiceClient, id string) error
	calls := map[string]call{
		"servers.Get": func(ctx context.Context, c *gophercloud.ServiceClient, id string) error {
			_, err := servers.Get(ctx, c, id).Extract()
			return err
		},
		"servers.Delete": func(ctx context.Context, c *gophercloud.ServiceClient, id string) error {
			return servers.Delete(ctx, c, id).ExtractErr()
		},
		"servers.Update": func(ctx context.Context, c *gophercloud.ServiceClient, id string) error {
			return servers.Update(ctx, c, id, servers.UpdateOpts{Name: "n"}).Err
		},
		"servers.Reboot": func(ctx context.Context, c *gophercloud.ServiceClient, id string) error {
			return servers.Reboot(ctx, c, id, servers.RebootOpts{Type: servers.SoftReboot}).ExtractErr()
		},
		"servers.ListMetadata": func(ctx context.Context, c *gophercloud.ServiceClient, id string) error {
			return servers.ListMetadata(ctx, c, id).Err
		},
		"servers.SetMetadatum key": func(ctx context.Context, c *gophercloud.ServiceClient, id string) error {
			return servers.SetMetadatum(ctx, c, "s1", id, "v").Err
		},
		"servers.DeleteMetadatum key": func(ctx context.Context, c *gophercloud.ServiceClient, id string) error {
			return servers.DeleteMetadatum(ctx, c, "s1", id).ExtractErr()
		},
		"servers.GetMetadatum key": func(ctx context.Context, c *gophercloud.ServiceClient, id string) error {
			return servers.GetMetadatum(ctx, c, "s1", id).Err
		},
		"servers.GetNetworkAddresses network": func(ctx context.Context, c *gophercloud.ServiceClient, id string) error {
			return servers.GetNetworkAddresses(ctx, c, "s1", id).Err
		},
		"servers.WaitForStatus": func(ctx context.Context, c *gophercloud.ServiceClient, id string) error {
			_, err := servers.WaitForStatus(ctx, c, id, servers.StatusActive, gophercloud.WaitOpts{})
			return err
		},
		"flavors.Get": func(ctx context.Context, c *gophercloud.ServiceClient, id string) error {
			_, err := flavors.Get(ctx, c, id).Extract()
			return err
		},
		"flavors.Delete": func(ctx context.Context, c *gophercloud.ServiceClient, id string) error {
			return flavors.Delete(ctx, c, id).ExtractErr()
		},
		"flavors.GetExtraSpec key": func(ctx context.Context, c *gophercloud.ServiceClient, id string) error {
			return flavors.GetExtraSpec(ctx, c, "f1", id).Err
		},
		"flavors.ListAccesses": func(ctx context.Context, c *gophercloud.ServiceClient, id string) error {
			_, err := flavors.ListAccesses(c, id).Collect(ctx)
			return err
		},
		"images.Get": func(ctx context.Context, c *gophercloud.ServiceClient, id string) error {
			_, err := images.Get(ctx, c, id).Extract()
			return err
		},
		"keypairs.Get": func(ctx context.Context, c *gophercloud.ServiceClient, id string) error {
			_, err := keypairs.Get(ctx, c, id, keypairs.GetOpts{}).Extract()
			return err
		},
		"keypairs.Delete": func(ctx context.Context, c *gophercloud.ServiceClient, id string) error {
			return keypairs.Delete(ctx, c, id, keypairs.DeleteOpts{}).ExtractErr()
		},
		"servergroups.Get": func(ctx context.Context, c *gophercloud.ServiceClient, id string) error {
			_, err := servergroups.Get(ctx, c, id).Extract()
			return err
		},
		"volumeattach.Get server": func(ctx context.Context, c *gophercloud.ServiceClient, id string) error {
			_, err := volumeattach.Get(ctx, c, id, "x").Extract()
			return err
		},
		"volumeattach.Get volume": func(ctx context.Context, c *gophercloud.ServiceClient, id string) error {
			_, err := volumeattach.Get(ctx, c, "x", id).Extract()
			return err
		},
		"volumeattach.List": func(ctx context.Context, c *gophercloud.ServiceClient, id string) error {
			_, err := volumeattach.List(c, id, volumeattach.ListOpts{}).Collect(ctx)
			return err
		},
		"extensions.Get": func(ctx context.Context, c *gophercloud.ServiceClient, id string) error {
			_, err := extensions.Get(ctx, c, id).Extract()
			return err
		},
	}
	for name, fn := range calls {
		for _, id := range []string{"", ".", ".."} {
			t.Run(name+"/"+id, func(t *testing.T) {
				th := testhelper.Setup(t) // any request fails the test
				err := fn(t.Context(), th.ServiceClientOf("compute"), id)
				var invalid *gophercloud.ErrInvalidInput
				assert.True(t, errors.As(err, &invalid), "want *ErrInvalidInput, got %v", err)
			})
		}
	}
}
