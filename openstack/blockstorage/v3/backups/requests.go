package backups

import (
	"context"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/blockstorage/internal"
	"github.com/cloudsdk/gophercloud/pagination"
)

// ListOpts filters, sorts and pages List.
type ListOpts struct {
	AllTenants bool   `q:"all_tenants"`
	Name       string `q:"name"`
	Status     string `q:"status"`
	VolumeID   string `q:"volume_id"`
	Sort       string `q:"sort"`
	Limit      int    `q:"limit"`
	Marker     string `q:"marker"`
	Offset     int    `q:"offset"`
}

// List returns a Pager over the backups in detail; it follows
// backups_links.
// https://docs.openstack.org/api-ref/block-storage/v3/#list-backups-with-detail
func List(c *gophercloud.ServiceClient, opts ListOpts) pagination.Pager[Backup] {
	return internal.List[Backup](c, kind, opts)
}

// Get shows one backup.
// https://docs.openstack.org/api-ref/block-storage/v3/#show-backup-detail
func Get(ctx context.Context, c *gophercloud.ServiceClient, id string) GetResult {
	return internal.Get[Backup](ctx, c, kind, id)
}

// CreateOpts describes a backup.
type CreateOpts struct {
	VolumeID    string `json:"volume_id" required:"true"`
	Name        string `json:"name,omitempty"`
	Description string `json:"description,omitempty"`
	// Container is the backup store's container; empty for the default.
	Container string `json:"container,omitempty"`
	// Incremental backs up only what changed since the last backup.
	Incremental bool `json:"incremental,omitempty"`
	// Force backs up an attached volume.
	Force      bool   `json:"force,omitempty"`
	SnapshotID string `json:"snapshot_id,omitempty"`
	// Metadata needs microversion 3.43; AvailabilityZone 3.51.
	Metadata         map[string]string `json:"metadata,omitempty"`
	AvailabilityZone string            `json:"availability_zone,omitempty"`
}

// Create starts a backup; it is "creating" until WaitForStatus sees
// "available".
// https://docs.openstack.org/api-ref/block-storage/v3/#create-a-backup
func Create(ctx context.Context, c *gophercloud.ServiceClient, opts CreateOpts) CreateResult {
	return internal.Create[Backup](ctx, c, kind, opts, nil)
}

// UpdateOpts changes a backup; microversion 3.9 (Metadata 3.43).
type UpdateOpts struct {
	Name        *string           `json:"name,omitempty"`
	Description *string           `json:"description,omitempty"`
	Metadata    map[string]string `json:"metadata,omitempty"`
}

// Update changes a backup's name, description or metadata; microversion
// 3.9.
// https://docs.openstack.org/api-ref/block-storage/v3/#update-a-backup
func Update(ctx context.Context, c *gophercloud.ServiceClient, id string, opts UpdateOpts) UpdateResult {
	return internal.Update[Backup](ctx, c, kind, id, opts)
}

// Delete deletes a backup.
// https://docs.openstack.org/api-ref/block-storage/v3/#delete-a-backup
func Delete(ctx context.Context, c *gophercloud.ServiceClient, id string) DeleteResult {
	return internal.Delete(ctx, c, kind, id, nil)
}

// RestoreOpts says where to restore; the zero value restores into a new
// volume.
type RestoreOpts struct {
	// VolumeID overwrites an existing volume.
	VolumeID string `json:"volume_id,omitempty"`
	// Name names the new volume.
	Name string `json:"name,omitempty"`
}

// Restore restores a backup into a volume.
// https://docs.openstack.org/api-ref/block-storage/v3/#restore-a-backup
func Restore(ctx context.Context, c *gophercloud.ServiceClient, id string, opts RestoreOpts) RestoreResult {
	b, err := gophercloud.BuildRequestBody(opts, "restore")
	if err != nil {
		return RestoreResult{Result: gophercloud.Result{Err: err}}
	}
	return RestoreResult{Result: c.Post(ctx, c.ServiceURL("backups", id, "restore"), b, nil), Key: "restore"}
}

// Export exports a backup's record, to import it into another cloud;
// admin only.
// https://docs.openstack.org/api-ref/block-storage/v3/#export-a-backup
func Export(ctx context.Context, c *gophercloud.ServiceClient, id string) ExportResult {
	return ExportResult{Result: c.Get(ctx, c.ServiceURL("backups", id, "export_record"), nil), Key: "backup-record"}
}

// ImportOpts is an exported record.
type ImportOpts struct {
	BackupService string `json:"backup_service" required:"true"`
	BackupURL     string `json:"backup_url" required:"true"`
}

// Import imports an exported backup record; admin only.
// https://docs.openstack.org/api-ref/block-storage/v3/#import-a-backup
func Import(ctx context.Context, c *gophercloud.ServiceClient, opts ImportOpts) CreateResult {
	b, err := gophercloud.BuildRequestBody(opts, "backup-record")
	if err != nil {
		return CreateResult{Result: gophercloud.Result{Err: err}, Key: "backup"}
	}
	return CreateResult{Result: c.Post(ctx, c.ServiceURL("backups", "import_record"), b, nil), Key: "backup"}
}

type statusOpts struct {
	Status string `json:"status" required:"true"`
}

// ResetStatus overwrites a backup's status in Cinder's database
// (os-reset_status); admin only.
// https://docs.openstack.org/api-ref/block-storage/v3/#force-delete-a-backup
func ResetStatus(ctx context.Context, c *gophercloud.ServiceClient, id, status string) ActionResult {
	return ActionResult{Result: internal.Action(ctx, c, kind, id, "os-reset_status", statusOpts{status})}
}

// ForceDelete deletes a backup whatever its state (os-force_delete);
// admin only.
// https://docs.openstack.org/api-ref/block-storage/v3/#force-delete-a-backup
func ForceDelete(ctx context.Context, c *gophercloud.ServiceClient, id string) ActionResult {
	return ActionResult{Result: internal.Action(ctx, c, kind, id, "os-force_delete", struct{}{})}
}

// WaitForStatus polls the backup every opts.Interval (default one second)
// until its status is status, it goes to "error" (a
// *blockstorage.ErrStatus whose Reason is the backup's fail_reason), or
// ctx ends. "deleted" waits until it is gone.
func WaitForStatus(ctx context.Context, c *gophercloud.ServiceClient, id, status string, opts gophercloud.WaitOpts) error {
	return internal.WaitForStatus(ctx, "backup "+id, status, opts, func(ctx context.Context) (internal.Status, error) {
		b, err := Get(ctx, c, id).Extract()
		if err != nil {
			return internal.Status{}, err
		}
		return internal.Status{Status: b.Status, Reason: b.FailReason}, nil
	}, func(ctx context.Context) string { return internal.LastMessage(ctx, c, id) })
}
