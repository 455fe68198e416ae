//go:build acceptance

// Package blockstorage_test runs the Block Storage v2 packages against the
// local cloud. Zed has no v2 endpoint: NewBlockStorageV2 falls back to the
// v3 one, whose base microversion 3.0 is the v2 API on the wire, so these
// tests check that the v2 packages work there too.
package blockstorage_test

import (
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/acceptance/clients"
	"github.com/cloudsdk/gophercloud/acceptance/openstack/blockstorage/bsacc"
	"github.com/cloudsdk/gophercloud/openstack"
	"github.com/cloudsdk/gophercloud/openstack/blockstorage/v2/snapshots"
	"github.com/cloudsdk/gophercloud/openstack/blockstorage/v2/volumes"
	"github.com/cloudsdk/gophercloud/openstack/blockstorage/v2/volumetypes"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestV2VolumeAndSnapshot(t *testing.T) {
	t.Parallel()
	bs := clients.Service(t, openstack.NewBlockStorageV2)
	t.Logf("v2 packages against %s", bs.Endpoint)
	ctx := clients.Context(t, 2*time.Minute)
	name := clients.RandomName("v2vol")

	v, err := volumes.Create(ctx, bs, volumes.CreateOpts{Size: 1, Name: name, Metadata: map[string]string{"api": "v2"}}).Extract()
	require.NoError(t, err)
	t.Cleanup(func() {
		ctx := clients.Context(t, time.Minute)
		bsacc.DeleteAndWait(t, "volume "+v.ID, volumes.Delete(ctx, bs, v.ID, volumes.DeleteOpts{}).ExtractErr(),
			func() error { return volumes.WaitForStatus(ctx, bs, v.ID, "deleted", gophercloud.WaitOpts{}) })
	})
	require.NoError(t, volumes.WaitForStatus(ctx, bs, v.ID, "available", gophercloud.WaitOpts{}))

	require.NoError(t, volumes.Extend(ctx, bs, v.ID, volumes.ExtendOpts{NewSize: 2}).ExtractErr())
	require.NoError(t, volumes.WaitForStatus(ctx, bs, v.ID, "available", gophercloud.WaitOpts{}))
	got, err := volumes.Get(ctx, bs, v.ID).Extract()
	require.NoError(t, err)
	assert.Equal(t, 2, got.Size)
	assert.Equal(t, "v2", got.Metadata["api"])

	list, err := volumes.List(bs, volumes.ListOpts{Name: name, Limit: 1}).Collect(ctx)
	require.NoError(t, err)
	require.Len(t, list, 1)
	assert.Equal(t, v.ID, list[0].ID)

	md, err := volumes.UpdateMetadata(ctx, bs, v.ID, map[string]string{"k": "v"}).Extract()
	require.NoError(t, err)
	assert.Equal(t, map[string]string{"api": "v2", "k": "v"}, md)

	s, err := snapshots.Create(ctx, bs, snapshots.CreateOpts{VolumeID: v.ID, Name: name}).Extract()
	require.NoError(t, err)
	t.Cleanup(func() {
		ctx := clients.Context(t, time.Minute)
		bsacc.DeleteAndWait(t, "snapshot "+s.ID, snapshots.Delete(ctx, bs, s.ID).ExtractErr(),
			func() error { return snapshots.WaitForStatus(ctx, bs, s.ID, "deleted", gophercloud.WaitOpts{}) })
	})
	require.NoError(t, snapshots.WaitForStatus(ctx, bs, s.ID, "available", gophercloud.WaitOpts{}))
	snaps, err := snapshots.List(bs, snapshots.ListOpts{VolumeID: v.ID}).Collect(ctx)
	require.NoError(t, err)
	require.Len(t, snaps, 1)
	assert.Equal(t, 2, snaps[0].Size)

	types, err := volumetypes.List(bs, volumetypes.ListOpts{}).Collect(ctx)
	require.NoError(t, err)
	assert.NotEmpty(t, types, "the cloud has a default volume type")
}
