//go:build acceptance

package blockstorage_test

import (
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/acceptance/clients"
	"github.com/cloudsdk/gophercloud/acceptance/openstack/blockstorage/bsacc"
	"github.com/cloudsdk/gophercloud/openstack"
	"github.com/cloudsdk/gophercloud/openstack/blockstorage/v3/backups"
	"github.com/cloudsdk/gophercloud/openstack/blockstorage/v3/volumes"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// createBackup backs a volume up, waits until the backup is available and
// deletes it (waiting until it is gone) when the test ends.
func createBackup(t *testing.T, bs *gophercloud.ServiceClient, opts backups.CreateOpts) *backups.Backup {
	t.Helper()
	ctx := clients.Context(t, waitTimeout)
	if opts.Name == "" {
		opts.Name = clients.RandomName("backup")
	}
	b, err := backups.Create(ctx, bs, opts).Extract()
	require.NoError(t, err)
	t.Cleanup(func() {
		ctx := clients.Context(t, waitTimeout)
		bsacc.DeleteAndWait(t, "backup "+b.ID, backups.Delete(ctx, bs, b.ID).ExtractErr(),
			func() error { return backups.WaitForStatus(ctx, bs, b.ID, "deleted", gophercloud.WaitOpts{}) })
	})
	require.NoError(t, backups.WaitForStatus(ctx, bs, b.ID, "available", gophercloud.WaitOpts{}))
	got, err := backups.Get(ctx, bs, b.ID).Extract()
	require.NoError(t, err)
	return got
}

// TestBackupLifecycle backs a volume up into the devcloud's cinder-backup
// (POSIX driver; each volume is a sparse file behind the fake volume
// driver), takes an incremental backup, lists and updates them, restores
// into a new volume and into the original one, and exports and re-imports
// the record as admin. Every backup call the API has runs here.
func TestBackupLifecycle(t *testing.T) {
	t.Parallel()
	bs := clients.Service(t, openstack.NewBlockStorageV3)
	ctx := clients.Context(t, 4*time.Minute)
	v := createVolume(t, bs, volumes.CreateOpts{Size: 1})

	full := createBackup(t, bs, backups.CreateOpts{VolumeID: v.ID, Description: "full"})
	assert.Equal(t, v.ID, full.VolumeID)
	assert.False(t, full.IsIncremental)
	assert.Equal(t, 1, full.Size)
	assert.Positive(t, full.ObjectCount, "the POSIX driver stored the volume's chunks")
	incr := createBackup(t, bs, backups.CreateOpts{VolumeID: v.ID, Incremental: true})
	assert.True(t, incr.IsIncremental)

	list, err := backups.List(bs, backups.ListOpts{VolumeID: v.ID, Sort: "created_at:asc"}).Collect(ctx)
	require.NoError(t, err)
	require.Len(t, list, 2)
	assert.Equal(t, []string{full.ID, incr.ID}, []string{list[0].ID, list[1].ID})
	got, err := backups.Get(ctx, bs, full.ID).Extract()
	require.NoError(t, err)
	assert.True(t, got.HasDependentBackups, "the incremental backup depends on the full one")

	name := clients.RandomName("renamed")
	bs343 := bs.WithMicroversion("3.43")
	up, err := backups.Update(ctx, bs343, incr.ID, backups.UpdateOpts{Name: &name, Metadata: map[string]string{"k": "v"}}).Extract()
	require.NoError(t, err)
	assert.Equal(t, name, up.Name, "Cinder answers an update with the backup's summary: id, name, links")
	got, err = backups.Get(ctx, bs343, incr.ID).Extract()
	require.NoError(t, err)
	assert.Equal(t, name, got.Name)
	assert.Equal(t, map[string]string{"k": "v"}, got.Metadata, "metadata shows from 3.43")

	// Restore into a new volume, which the test then owns.
	r, err := backups.Restore(ctx, bs, incr.ID, backups.RestoreOpts{Name: clients.RandomName("restored")}).Extract()
	require.NoError(t, err)
	assert.Equal(t, incr.ID, r.BackupID)
	t.Cleanup(func() {
		ctx := clients.Context(t, waitTimeout)
		require.NoError(t, volumes.WaitForStatus(ctx, bs, r.VolumeID, "available", gophercloud.WaitOpts{}))
		bsacc.DeleteAndWait(t, "restored volume "+r.VolumeID, volumes.Delete(ctx, bs, r.VolumeID, volumes.DeleteOpts{}).ExtractErr(),
			func() error { return volumes.WaitForStatus(ctx, bs, r.VolumeID, "deleted", gophercloud.WaitOpts{}) })
	})
	require.NoError(t, volumes.WaitForStatus(ctx, bs, r.VolumeID, "available", gophercloud.WaitOpts{}))
	require.NoError(t, backups.WaitForStatus(ctx, bs, incr.ID, "available", gophercloud.WaitOpts{}))

	// Restore over the original volume.
	r2, err := backups.Restore(ctx, bs, full.ID, backups.RestoreOpts{VolumeID: v.ID}).Extract()
	require.NoError(t, err)
	assert.Equal(t, v.ID, r2.VolumeID)
	require.NoError(t, volumes.WaitForStatus(ctx, bs, v.ID, "available", gophercloud.WaitOpts{}))
	require.NoError(t, backups.WaitForStatus(ctx, bs, full.ID, "available", gophercloud.WaitOpts{}))

	// Admin: export the record, then reset the status and back.
	admin := clients.AdminService(t, openstack.NewBlockStorageV3)
	rec, err := backups.Export(ctx, admin, incr.ID).Extract()
	require.NoError(t, err)
	assert.NotEmpty(t, rec.BackupService)
	assert.NotEmpty(t, rec.BackupURL)
	// The backup service applies a reset asynchronously.
	require.NoError(t, backups.ResetStatus(ctx, admin, incr.ID, "error").ExtractErr())
	require.NoError(t, backups.WaitForStatus(ctx, bs, incr.ID, "error", gophercloud.WaitOpts{}))
	require.NoError(t, backups.ResetStatus(ctx, admin, incr.ID, "available").ExtractErr())
	// WaitForStatus stops on an error state, which is where this starts.
	require.Eventually(t, func() bool {
		b, err := backups.Get(ctx, bs, incr.ID).Extract()
		return err == nil && b.Status == "available"
	}, 30*time.Second, 500*time.Millisecond, "the reset back to available")
}

// TestBackupImportAndForceDelete imports an exported record as a new
// backup (after the original is deleted, as when moving clouds) and
// force-deletes it.
func TestBackupImportAndForceDelete(t *testing.T) {
	t.Parallel()
	bs := clients.Service(t, openstack.NewBlockStorageV3)
	admin := clients.AdminService(t, openstack.NewBlockStorageV3)
	ctx := clients.Context(t, 3*time.Minute)
	v := createVolume(t, bs, volumes.CreateOpts{Size: 1})

	b, err := backups.Create(ctx, bs, backups.CreateOpts{VolumeID: v.ID, Name: clients.RandomName("backup")}).Extract()
	require.NoError(t, err)
	require.NoError(t, backups.WaitForStatus(ctx, bs, b.ID, "available", gophercloud.WaitOpts{}))
	rec, err := backups.Export(ctx, admin, b.ID).Extract()
	require.NoError(t, err)
	require.NoError(t, backups.ForceDelete(ctx, admin, b.ID).ExtractErr())
	require.NoError(t, backups.WaitForStatus(ctx, bs, b.ID, "deleted", gophercloud.WaitOpts{}))

	imported, err := backups.Import(ctx, admin, backups.ImportOpts{BackupService: rec.BackupService, BackupURL: rec.BackupURL}).Extract()
	require.NoError(t, err)
	t.Cleanup(func() {
		ctx := clients.Context(t, waitTimeout)
		bsacc.DeleteAndWait(t, "imported backup "+imported.ID, backups.Delete(ctx, admin, imported.ID).ExtractErr(),
			func() error { return backups.WaitForStatus(ctx, admin, imported.ID, "deleted", gophercloud.WaitOpts{}) })
	})
	assert.Equal(t, b.ID, imported.ID, "an import keeps the backup's ID")
	require.NoError(t, backups.WaitForStatus(ctx, admin, imported.ID, "available", gophercloud.WaitOpts{}))
}
