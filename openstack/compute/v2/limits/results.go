package limits

import "github.com/cloudsdk/gophercloud"

// Limits is the body of Get.
type Limits struct {
	// Absolute holds the quotas and their usage.
	Absolute Absolute `json:"absolute"`
	// Rate is always empty on current clouds.
	Rate []Rate `json:"rate"`
}

// Absolute holds the project's limits ("max…", -1 meaning unlimited) and
// usage ("total…Used").
type Absolute struct {
	MaxTotalCores         int `json:"maxTotalCores"`
	MaxTotalInstances     int `json:"maxTotalInstances"`
	MaxTotalRAMSize       int `json:"maxTotalRAMSize"`
	MaxTotalKeypairs      int `json:"maxTotalKeypairs"`
	MaxServerMeta         int `json:"maxServerMeta"`
	MaxServerGroups       int `json:"maxServerGroups"`
	MaxServerGroupMembers int `json:"maxServerGroupMembers"`

	TotalCoresUsed        int `json:"totalCoresUsed"`
	TotalInstancesUsed    int `json:"totalInstancesUsed"`
	TotalRAMUsed          int `json:"totalRAMUsed"`
	TotalServerGroupsUsed int `json:"totalServerGroupsUsed"`

	// Before microversion 2.39 only.
	MaxImageMeta int `json:"maxImageMeta"`
	// Before microversion 2.57 only.
	MaxPersonality     int `json:"maxPersonality"`
	MaxPersonalitySize int `json:"maxPersonalitySize"`
	// Before microversion 2.36 only.
	MaxSecurityGroups       int `json:"maxSecurityGroups"`
	MaxSecurityGroupRules   int `json:"maxSecurityGroupRules"`
	MaxTotalFloatingIPs     int `json:"maxTotalFloatingIps"`
	TotalSecurityGroupsUsed int `json:"totalSecurityGroupsUsed"`
	TotalFloatingIPsUsed    int `json:"totalFloatingIpsUsed"`
}

// Rate is one rate-limited URI of the old limiter.
type Rate struct {
	URI   string      `json:"uri"`
	Regex string      `json:"regex"`
	Limit []RateLimit `json:"limit"`
}

// RateLimit is one verb's rate limit.
type RateLimit struct {
	Verb          string               `json:"verb"`
	Value         int                  `json:"value"`
	Remaining     int                  `json:"remaining"`
	Unit          string               `json:"unit"`
	NextAvailable gophercloud.JSONTime `json:"next-available"`
}

// GetResult is the result of Get; Extract returns the *Limits.
type GetResult = gophercloud.ItemResult[Limits]
