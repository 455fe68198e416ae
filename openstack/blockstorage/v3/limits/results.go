package limits

import "github.com/cloudsdk/gophercloud"

// Absolute are the project's quotas and usage.
type Absolute struct {
	MaxTotalVolumes          int `json:"maxTotalVolumes"`
	MaxTotalSnapshots        int `json:"maxTotalSnapshots"`
	MaxTotalVolumeGigabytes  int `json:"maxTotalVolumeGigabytes"`
	MaxTotalBackups          int `json:"maxTotalBackups"`
	MaxTotalBackupGigabytes  int `json:"maxTotalBackupGigabytes"`
	TotalVolumesUsed         int `json:"totalVolumesUsed"`
	TotalGigabytesUsed       int `json:"totalGigabytesUsed"`
	TotalSnapshotsUsed       int `json:"totalSnapshotsUsed"`
	TotalBackupsUsed         int `json:"totalBackupsUsed"`
	TotalBackupGigabytesUsed int `json:"totalBackupGigabytesUsed"`
}

// RateLimit is one rate-limited URI and its limits.
type RateLimit struct {
	Regex string  `json:"regex"`
	URI   string  `json:"uri"`
	Limit []Limit `json:"limit"`
}

// Limit is one rate limit of a RateLimit.
type Limit struct {
	Verb          string               `json:"verb"`
	NextAvailable gophercloud.JSONTime `json:"next-available"`
	Unit          string               `json:"unit"`
	Value         int                  `json:"value"`
	Remaining     int                  `json:"remaining"`
}

// Limits are the project's absolute and rate limits.
type Limits struct {
	Absolute Absolute    `json:"absolute"`
	Rate     []RateLimit `json:"rate"`
}

// GetResult is the result of Get; Extract returns the *Limits.
type GetResult = gophercloud.ItemResult[Limits]
