package quotasets

import "github.com/cloudsdk/gophercloud"

// Quotas holds one value per Compute quota: an int (the limit) in a
// QuotaSet, a QuotaDetail in a QuotaDetailSet.
type Quotas[T any] struct {
	// ID is the project's ID; Update's answer has none.
	ID string `json:"id"`

	Cores              T `json:"cores"`
	Instances          T `json:"instances"`
	RAM                T `json:"ram"`
	KeyPairs           T `json:"key_pairs"`
	MetadataItems      T `json:"metadata_items"`
	ServerGroups       T `json:"server_groups"`
	ServerGroupMembers T `json:"server_group_members"`

	// Before microversion 2.57 only.
	InjectedFiles            T `json:"injected_files"`
	InjectedFileContentBytes T `json:"injected_file_content_bytes"`
	InjectedFilePathBytes    T `json:"injected_file_path_bytes"`

	// Before microversion 2.36 only (nova-network).
	FixedIPs           T `json:"fixed_ips"`
	FloatingIPs        T `json:"floating_ips"`
	Networks           T `json:"networks"`
	SecurityGroups     T `json:"security_groups"`
	SecurityGroupRules T `json:"security_group_rules"`
}

// QuotaSet is a project's limits; -1 means unlimited.
type QuotaSet = Quotas[int]

// QuotaDetail is one quota's limit, usage and reservations.
type QuotaDetail struct {
	// Limit is the quota; -1 means unlimited.
	Limit int `json:"limit"`
	// InUse is what the project uses now.
	InUse int `json:"in_use"`
	// Reserved is held for operations in progress.
	Reserved int `json:"reserved"`
}

// QuotaDetailSet is what GetDetail returns.
type QuotaDetailSet = Quotas[QuotaDetail]

// GetResult is the result of Get and GetDefaults; Extract returns the
// *QuotaSet.
type GetResult = gophercloud.ItemResult[QuotaSet]

// GetDetailResult is the result of GetDetail; Extract returns the
// *QuotaDetailSet.
type GetDetailResult = gophercloud.ItemResult[QuotaDetailSet]

// UpdateResult is the result of Update; Extract returns the *QuotaSet
// after the change.
type UpdateResult = gophercloud.ItemResult[QuotaSet]

// DeleteResult is the result of Delete.
type DeleteResult = gophercloud.ErrResult
