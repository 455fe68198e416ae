//go:build acceptance

// Package blockstorage_test runs the Block Storage v1 packages against a
// cloud with a "volume" (v1) endpoint, such as Rackspace Cloud Block
// Storage; the local Zed cloud has none, so it skips there.
package blockstorage_test

import (
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/acceptance/clients"
	"github.com/cloudsdk/gophercloud/acceptance/openstack/blockstorage/bsacc"
	"github.com/cloudsdk/gophercloud/openstack"
	"github.com/cloudsdk/gophercloud/openstack/blockstorage/v1/snapshots"
	"github.com/cloudsdk/gophercloud/openstack/blockstorage/v1/volumes"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestV1VolumeAndSnapshot(t *testing.T) {
	bs := clients.Service(t, openstack.NewBlockStorageV1)
	ctx := clients.Context(t, 3*time.Minute)
	name := clients.RandomName("v1vol")

	v, err := volumes.Create(ctx, bs, volumes.CreateOpts{Size: 1, Name: name}).Extract()
	require.NoError(t, err)
	t.Cleanup(func() {
		ctx := clients.Context(t, 2*time.Minute)
		bsacc.DeleteAndWait(t, "volume "+v.ID, volumes.Delete(ctx, bs, v.ID).ExtractErr(),
			func() error { return volumes.WaitForStatus(ctx, bs, v.ID, "deleted", gophercloud.WaitOpts{}) })
	})
	require.NoError(t, volumes.WaitForStatus(ctx, bs, v.ID, "available", gophercloud.WaitOpts{}))
	list, err := volumes.List(bs, volumes.ListOpts{Name: name}).Collect(ctx)
	require.NoError(t, err)
	require.Len(t, list, 1)
	assert.Equal(t, name, list[0].Name, "display_name")

	s, err := snapshots.Create(ctx, bs, snapshots.CreateOpts{VolumeID: v.ID, Name: name}).Extract()
	require.NoError(t, err)
	t.Cleanup(func() {
		ctx := clients.Context(t, 2*time.Minute)
		bsacc.DeleteAndWait(t, "snapshot "+s.ID, snapshots.Delete(ctx, bs, s.ID).ExtractErr(),
			func() error { return snapshots.WaitForStatus(ctx, bs, s.ID, "deleted", gophercloud.WaitOpts{}) })
	})
	require.NoError(t, snapshots.WaitForStatus(ctx, bs, s.ID, "available", gophercloud.WaitOpts{}))
}
