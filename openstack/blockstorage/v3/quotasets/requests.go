package quotasets

import (
	"context"
	"net/http"

	"github.com/cloudsdk/gophercloud"
)

// Get shows a project's quotas.
// https://docs.openstack.org/api-ref/block-storage/v3/#show-quotas-for-a-project
func Get(ctx context.Context, c *gophercloud.ServiceClient, projectID string) GetResult {
	return GetResult{Result: c.Get(ctx, quotaURL(c, projectID), nil), Key: "quota_set"}
}

// GetUsage shows a project's quotas with their usage.
// https://docs.openstack.org/api-ref/block-storage/v3/#show-quota-usage-for-a-project
func GetUsage(ctx context.Context, c *gophercloud.ServiceClient, projectID string) UsageResult {
	return UsageResult{Result: c.Get(ctx, quotaURL(c, projectID)+"?usage=True", nil), Key: "quota_set"}
}

// GetDefaults shows the default quotas.
// https://docs.openstack.org/api-ref/block-storage/v3/#get-default-quotas-for-a-project
func GetDefaults(ctx context.Context, c *gophercloud.ServiceClient, projectID string) GetResult {
	return GetResult{Result: c.Get(ctx, quotaURL(c, projectID, "defaults"), nil), Key: "quota_set"}
}

// UpdateOpts sets quotas; nil leaves one as it is, -1 is unlimited.
type UpdateOpts struct {
	Volumes            *int `json:"volumes,omitempty"`
	Snapshots          *int `json:"snapshots,omitempty"`
	Gigabytes          *int `json:"gigabytes,omitempty"`
	PerVolumeGigabytes *int `json:"per_volume_gigabytes,omitempty"`
	Backups            *int `json:"backups,omitempty"`
	BackupGigabytes    *int `json:"backup_gigabytes,omitempty"`
	Groups             *int `json:"groups,omitempty"`
	// Extra sets per-type quotas ("volumes_ssd": 10).
	Extra map[string]int `json:"-"`
}

// Validate implements gophercloud.Validator.
func (opts UpdateOpts) Validate() error {
	for _, v := range []*int{opts.Volumes, opts.Snapshots, opts.Gigabytes, opts.PerVolumeGigabytes, opts.Backups, opts.BackupGigabytes, opts.Groups} {
		if v != nil && *v < -1 {
			return &gophercloud.ErrInvalidInput{Argument: "quotasets.UpdateOpts", Value: *v, Reason: "a quota is -1 (unlimited) or more"}
		}
	}
	return nil
}

// Update sets a project's quotas; admin only.
// https://docs.openstack.org/api-ref/block-storage/v3/#update-quotas-for-a-project
func Update(ctx context.Context, c *gophercloud.ServiceClient, projectID string, opts UpdateOpts) UpdateResult {
	b, err := gophercloud.BuildRequestBody(opts, "quota_set")
	if err != nil {
		return UpdateResult{Result: gophercloud.Result{Err: err}, Key: "quota_set"}
	}
	inner := b["quota_set"].(map[string]any)
	for k, v := range opts.Extra {
		inner[k] = v
	}
	return UpdateResult{Result: c.Put(ctx, quotaURL(c, projectID), b, nil), Key: "quota_set"}
}

// Delete resets a project's quotas to the defaults; admin only.
// https://docs.openstack.org/api-ref/block-storage/v3/#delete-quotas-for-a-project
func Delete(ctx context.Context, c *gophercloud.ServiceClient, projectID string) DeleteResult {
	return DeleteResult{Result: c.Delete(ctx, quotaURL(c, projectID), &gophercloud.RequestOpts{OkCodes: []int{http.StatusOK, http.StatusAccepted, http.StatusNoContent}})}
}
