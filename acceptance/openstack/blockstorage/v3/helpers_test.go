//go:build acceptance

// Package blockstorage_test runs the Block Storage v3 packages against the
// real Cinder of the local cloud. Its volume driver is fake (each volume a
// sparse file, which cinder-backup can back up and restore), but every
// status transition happens as on a real back end.
package blockstorage_test

import (
	"errors"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/acceptance/clients"
	"github.com/cloudsdk/gophercloud/acceptance/openstack/blockstorage/bsacc"
	"github.com/cloudsdk/gophercloud/openstack/blockstorage/v3/snapshots"
	"github.com/cloudsdk/gophercloud/openstack/blockstorage/v3/volumes"
	"github.com/stretchr/testify/require"
)

// waitTimeout bounds every wait: the fake driver finishes in seconds.
const waitTimeout = 90 * time.Second

// createVolume creates a volume, waits until it is available and deletes
// it (waiting until it is gone) when the test ends.
func createVolume(t *testing.T, bs *gophercloud.ServiceClient, opts volumes.CreateOpts) *volumes.Volume {
	t.Helper()
	ctx := clients.Context(t, waitTimeout)
	if opts.Name == "" {
		opts.Name = clients.RandomName("vol")
	}
	v, err := volumes.Create(ctx, bs, opts).Extract()
	require.NoError(t, err)
	t.Cleanup(func() {
		ctx := clients.Context(t, waitTimeout)
		// A volume still busy (attaching, extending) cannot be deleted yet.
		err := volumes.WaitForStatus(ctx, bs, v.ID, "available", gophercloud.WaitOpts{})
		if errors.Is(err, gophercloud.ErrNotFound) {
			return
		}
		if err != nil {
			t.Logf("volume %s before deletion: %v", v.ID, err)
		}
		bsacc.DeleteAndWait(t, "volume "+v.ID, volumes.Delete(ctx, bs, v.ID, volumes.DeleteOpts{}).ExtractErr(),
			func() error { return volumes.WaitForStatus(ctx, bs, v.ID, "deleted", gophercloud.WaitOpts{}) })
	})
	require.NoError(t, volumes.WaitForStatus(ctx, bs, v.ID, "available", gophercloud.WaitOpts{}))
	got, err := volumes.Get(ctx, bs, v.ID).Extract()
	require.NoError(t, err)
	return got
}

// createSnapshot snapshots a volume, waits until the snapshot is available
// and deletes it (waiting until it is gone) when the test ends; created
// after its volume, it is deleted before it.
func createSnapshot(t *testing.T, bs *gophercloud.ServiceClient, volumeID string) *snapshots.Snapshot {
	t.Helper()
	ctx := clients.Context(t, waitTimeout)
	s, err := snapshots.Create(ctx, bs, snapshots.CreateOpts{VolumeID: volumeID, Name: clients.RandomName("snap")}).Extract()
	require.NoError(t, err)
	t.Cleanup(func() {
		ctx := clients.Context(t, waitTimeout)
		bsacc.DeleteAndWait(t, "snapshot "+s.ID, snapshots.Delete(ctx, bs, s.ID).ExtractErr(),
			func() error { return snapshots.WaitForStatus(ctx, bs, s.ID, "deleted", gophercloud.WaitOpts{}) })
	})
	require.NoError(t, snapshots.WaitForStatus(ctx, bs, s.ID, "available", gophercloud.WaitOpts{}))
	got, err := snapshots.Get(ctx, bs, s.ID).Extract()
	require.NoError(t, err)
	return got
}
