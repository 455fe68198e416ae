package quotasets

import "github.com/cloudsdk/gophercloud"

// QuotaSet is a project's limits; -1 means unlimited.
type QuotaSet struct {
	// ID is the project ID.
	ID                 string `json:"id"`
	Volumes            int    `json:"volumes"`
	Snapshots          int    `json:"snapshots"`
	Gigabytes          int    `json:"gigabytes"`
	PerVolumeGigabytes int    `json:"per_volume_gigabytes"`
	Backups            int    `json:"backups"`
	BackupGigabytes    int    `json:"backup_gigabytes"`
	Groups             int    `json:"groups"`
}

// Usage is one quota with what is used of it.
type Usage struct {
	InUse     int `json:"in_use"`
	Limit     int `json:"limit"`
	Reserved  int `json:"reserved"`
	Allocated int `json:"allocated"`
}

// UsageSet is a project's quotas with their usage.
type UsageSet struct {
	ID                 string `json:"id"`
	Volumes            Usage  `json:"volumes"`
	Snapshots          Usage  `json:"snapshots"`
	Gigabytes          Usage  `json:"gigabytes"`
	PerVolumeGigabytes Usage  `json:"per_volume_gigabytes"`
	Backups            Usage  `json:"backups"`
	BackupGigabytes    Usage  `json:"backup_gigabytes"`
	Groups             Usage  `json:"groups"`
}

// GetResult is the result of Get, GetDefaults and Update; Extract returns
// the *QuotaSet.
type GetResult = gophercloud.ItemResult[QuotaSet]

// UpdateResult is the result of Update; Extract returns the *QuotaSet.
type UpdateResult = gophercloud.ItemResult[QuotaSet]

// UsageResult is the result of GetUsage; Extract returns the *UsageSet.
type UsageResult = gophercloud.ItemResult[UsageSet]

// DeleteResult is the result of Delete.
type DeleteResult = gophercloud.ErrResult
