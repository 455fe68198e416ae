package quotas

import (
	"context"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/common"
)

// Get shows a project's quotas. https://docs.openstack.org/api-ref/network/v2/#show-quota-for-a-project
func Get(ctx context.Context, c *gophercloud.ServiceClient, projectID string) GetResult {
	return common.Get[Quota](ctx, c, quotaURL(c, projectID), "quota")
}

// GetDetail shows a project's quotas with their usage (quota_details).
// https://docs.openstack.org/api-ref/network/v2/#show-quota-details-for-a-tenant
func GetDetail(ctx context.Context, c *gophercloud.ServiceClient, projectID string) GetDetailResult {
	return common.Get[QuotaDetail](ctx, c, quotaURL(c, projectID, "details.json"), "quota")
}

// UpdateOpts changes limits; nil fields are left as they are, -1 is
// unlimited.
type UpdateOpts struct {
	FloatingIP        *int `json:"floatingip,omitempty"`
	Network           *int `json:"network,omitempty"`
	Port              *int `json:"port,omitempty"`
	RBACPolicy        *int `json:"rbac_policy,omitempty"`
	Router            *int `json:"router,omitempty"`
	SecurityGroup     *int `json:"security_group,omitempty"`
	SecurityGroupRule *int `json:"security_group_rule,omitempty"`
	Subnet            *int `json:"subnet,omitempty"`
	SubnetPool        *int `json:"subnetpool,omitempty"`
	Trunk             *int `json:"trunk,omitempty"`
}

// Update changes a project's quotas; admin only.
// https://docs.openstack.org/api-ref/network/v2/#update-quota-for-a-project
func Update(ctx context.Context, c *gophercloud.ServiceClient, projectID string, opts UpdateOpts) UpdateResult {
	return common.Update[Quota](ctx, c, quotaURL(c, projectID), "quota", nil, opts, nil)
}

// Reset returns a project's quotas to the defaults; admin only.
// https://docs.openstack.org/api-ref/network/v2/#reset-quota-for-a-project
func Reset(ctx context.Context, c *gophercloud.ServiceClient, projectID string) ResetResult {
	return common.Delete(ctx, c, quotaURL(c, projectID))
}
