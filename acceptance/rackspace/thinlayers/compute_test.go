//go:build acceptance

package thinlayers_test

import (
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/acceptance/clients"
	"github.com/cloudsdk/gophercloud/openstack"
	"github.com/cloudsdk/gophercloud/rackspace/compute/v2/flavors"
	"github.com/cloudsdk/gophercloud/rackspace/compute/v2/images"
	"github.com/cloudsdk/gophercloud/rackspace/compute/v2/keypairs"
	"github.com/cloudsdk/gophercloud/rackspace/compute/v2/servers"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestComputeThinLayers(t *testing.T) {
	c := clients.Service(t, openstack.NewComputeV2)
	ctx := clients.Context(t, 4*time.Minute)

	f, err := flavors.Get(ctx, c, clients.Env(t, "OS_FLAVOR_ID")).Extract()
	require.NoError(t, err)
	assert.NotZero(t, f.RAM)
	all, err := flavors.List(c, flavors.ListOpts{}).Collect(ctx)
	require.NoError(t, err)
	assert.NotEmpty(t, all)

	img, err := images.Get(ctx, c, clients.Env(t, "OS_IMAGE_ID")).Extract()
	require.NoError(t, err)
	assert.Equal(t, "ACTIVE", img.Status)

	name := clients.RandomName("rs-kp-")
	kp, err := keypairs.Create(ctx, c, keypairs.CreateOpts{Name: name}).Extract()
	require.NoError(t, err)
	t.Cleanup(func() { _ = keypairs.Delete(clients.Context(t, time.Minute), c, name).ExtractErr() })
	assert.NotEmpty(t, kp.PublicKey)
	got, err := keypairs.Get(ctx, c, name).Extract()
	require.NoError(t, err)
	assert.Equal(t, kp.Fingerprint, got.Fingerprint)
	list, err := keypairs.List(c).Collect(ctx)
	require.NoError(t, err)
	assert.Contains(t, names(list, func(k keypairs.KeyPair) string { return k.Name }), name)

	s, err := servers.Create(ctx, c, servers.CreateOpts{
		Name: clients.RandomName("rs-srv-"), FlavorRef: f.ID, ImageRef: img.ID, KeyName: name,
		Networks: servers.Networks(false, false, clients.Env(t, "OS_NETWORK_ID")),
		Metadata: map[string]string{"rax:reboot_window": "none"},
	}).Extract()
	require.NoError(t, err)
	t.Cleanup(func() {
		ctx := clients.Context(t, 2*time.Minute)
		if err := servers.Delete(ctx, c, s.ID).ExtractErr(); err == nil {
			_, _ = servers.WaitForStatus(ctx, c, s.ID, servers.StatusDeleted, gophercloud.WaitOpts{})
		}
	})
	s, err = servers.WaitForStatus(ctx, c, s.ID, servers.StatusActive, gophercloud.WaitOpts{})
	require.NoError(t, err)
	md, err := servers.ListMetadata(ctx, c, s.ID).Extract()
	require.NoError(t, err)
	assert.Equal(t, "none", md["rax:reboot_window"])
	addrs, err := servers.GetAddresses(ctx, c, s.ID).Extract()
	require.NoError(t, err)
	assert.NotEmpty(t, addrs)
}

func names[T any](items []T, name func(T) string) []string {
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = name(it)
	}
	return out
}
