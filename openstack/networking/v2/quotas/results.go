package quotas

import "github.com/cloudsdk/gophercloud"

// Quota holds a project's limits; -1 is unlimited.
type Quota struct {
	FloatingIP        int `json:"floatingip"`
	Network           int `json:"network"`
	Port              int `json:"port"`
	RBACPolicy        int `json:"rbac_policy"`
	Router            int `json:"router"`
	SecurityGroup     int `json:"security_group"`
	SecurityGroupRule int `json:"security_group_rule"`
	Subnet            int `json:"subnet"`
	SubnetPool        int `json:"subnetpool"`
	Trunk             int `json:"trunk"`
}

// Detail is the use of one resource against its limit.
type Detail struct {
	Used     int `json:"used"`
	Reserved int `json:"reserved"`
	Limit    int `json:"limit"`
}

// QuotaDetail is Quota with usage (quota_details).
type QuotaDetail struct {
	FloatingIP        Detail `json:"floatingip"`
	Network           Detail `json:"network"`
	Port              Detail `json:"port"`
	RBACPolicy        Detail `json:"rbac_policy"`
	Router            Detail `json:"router"`
	SecurityGroup     Detail `json:"security_group"`
	SecurityGroupRule Detail `json:"security_group_rule"`
	Subnet            Detail `json:"subnet"`
	SubnetPool        Detail `json:"subnetpool"`
	Trunk             Detail `json:"trunk"`
}

// GetResult is the result of Get.
type GetResult = gophercloud.ItemResult[Quota]

// GetDetailResult is the result of GetDetail.
type GetDetailResult = gophercloud.ItemResult[QuotaDetail]

// UpdateResult is the result of Update.
type UpdateResult = gophercloud.ItemResult[Quota]

// ResetResult is the result of Reset.
type ResetResult = gophercloud.ErrResult
