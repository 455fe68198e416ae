package backups_test

import (
	"context"
	"net/http"
	"testing"
	"time"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/blockstorage"
	"github.com/cloudsdk/gophercloud/openstack/blockstorage/internal/bstest"
	"github.com/cloudsdk/gophercloud/openstack/blockstorage/v3/backups"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const backupID = "6ff3d470-d9ae-4e0e-9a7a-1a7b5bd6d4c5"

func id(b *backups.Backup) any { return b.ID }

func TestCalls(t *testing.T) {
	bstest.Run(t, []bstest.Call{
		{Name: "list", Pattern: "GET /backups/detail", Response: `{"backups": [` + backupJSON + `]}`, Status: 200, Decodes: true,
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				all, err := backups.List(c, backups.ListOpts{}).Collect(ctx)
				if err != nil {
					return nil, err
				}
				return all[0].Container, nil
			}, Want: "volumebackups"},
		{Name: "get", Pattern: "GET /backups/{id}", Response: `{"backup": ` + backupJSON + `}`, Status: 200, Decodes: true,
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return bstest.Pick(func(b *backups.Backup) any { return b.ProjectID })(backups.Get(ctx, c, backupID).Extract())
			}, Want: "2c67a14be9314c5dae2ee6c4ec90cf0b"},
		{Name: "create", Pattern: "POST /backups", Request: `{"backup": {"volume_id": "v", "name": "backup001", "incremental": true}}`, Response: `{"backup": {"id": "6ff3d470-d9ae-4e0e-9a7a-1a7b5bd6d4c5", "name": "backup001"}}`, Status: 202, Decodes: true,
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return bstest.Pick(id)(backups.Create(ctx, c, backups.CreateOpts{VolumeID: "v", Name: "backup001", Incremental: true}).Extract())
			}, Want: backupID},
		{Name: "update", Pattern: "PUT /backups/{id}", Request: `{"backup": {"name": "n"}}`, Response: `{"backup": ` + backupJSON + `}`, Status: 200, Decodes: true,
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return bstest.Pick(id)(backups.Update(ctx, c, backupID, backups.UpdateOpts{Name: gophercloud.MaybeString("n")}).Extract())
			}, Want: backupID},
		{Name: "delete", Pattern: "DELETE /backups/{id}", Status: 202,
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return bstest.Err(backups.Delete(ctx, c, backupID).ExtractErr())
			}},
		{Name: "restore", Pattern: "POST /backups/{id}/restore", Request: `{"restore": {"name": "restored"}}`, Response: `{"restore": {"backup_id": "6ff3d470-d9ae-4e0e-9a7a-1a7b5bd6d4c5", "volume_id": "795114e8-7489-40be-a978-83797f2c1dd3", "volume_name": "restored"}}`, Status: 202, Decodes: true,
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return bstest.Pick(func(r *backups.Restored) any { return r.VolumeID })(backups.Restore(ctx, c, backupID, backups.RestoreOpts{Name: "restored"}).Extract())
			}, Want: "795114e8-7489-40be-a978-83797f2c1dd3"},
		{Name: "export", Pattern: "GET /backups/{id}/export_record", Response: `{"backup-record": {"backup_service": "cinder.backup.drivers.swift.SwiftBackupDriver", "backup_url": "eyJzdGF0"}}`, Status: 200, Decodes: true,
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return bstest.Pick(func(r *backups.Record) any { return r.BackupURL })(backups.Export(ctx, c, backupID).Extract())
			}, Want: "eyJzdGF0"},
		{Name: "import", Pattern: "POST /backups/import_record", Request: `{"backup-record": {"backup_service": "s", "backup_url": "u"}}`, Response: `{"backup": {"id": "6ff3d470-d9ae-4e0e-9a7a-1a7b5bd6d4c5"}}`, Status: 201, Decodes: true,
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return bstest.Pick(id)(backups.Import(ctx, c, backups.ImportOpts{BackupService: "s", BackupURL: "u"}).Extract())
			}, Want: backupID},
		{Name: "reset status", Pattern: "POST /backups/{id}/action", Request: `{"os-reset_status": {"status": "available"}}`, Status: 202,
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return bstest.Err(backups.ResetStatus(ctx, c, backupID, "available").ExtractErr())
			}},
		{Name: "force delete", Pattern: "POST /backups/{id}/action", Request: `{"os-force_delete": {}}`, Status: 202,
			Do: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return bstest.Err(backups.ForceDelete(ctx, c, backupID).ExtractErr())
			}},
	})
}

func TestWaitForStatusFailReason(t *testing.T) {
	th := testhelper.Setup(t)
	th.HandleJSON("GET /backups/{id}", http.StatusOK, errorBackupJSON)
	err := backups.WaitForStatus(t.Context(), th.ServiceClient(), backupID, "available", gophercloud.WaitOpts{Interval: time.Millisecond})
	var se *blockstorage.ErrStatus
	require.ErrorAs(t, err, &se)
	assert.Equal(t, "Service cinder-backup could not be found.", se.Reason)
}

func TestValidation(t *testing.T) {
	th := testhelper.Setup(t)
	ctx, c := t.Context(), th.ServiceClient()
	require.ErrorIs(t, backups.Create(ctx, c, backups.CreateOpts{}).Err, gophercloud.ErrInvalidOptions)
	require.ErrorIs(t, backups.Import(ctx, c, backups.ImportOpts{BackupService: "s"}).Err, gophercloud.ErrInvalidOptions)
	require.ErrorIs(t, backups.ResetStatus(ctx, c, backupID, "").Err, gophercloud.ErrInvalidOptions)
}
