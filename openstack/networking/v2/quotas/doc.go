// Package quotas reads and changes the Neutron quotas of a project
// (quotas, quota_details). Any user can read their own project's quotas;
// Update and Reset are admin only (others get 403,
// gophercloud.ErrForbidden). A limit of -1 means unlimited.
//
// API reference: https://docs.openstack.org/api-ref/network/v2/#quotas-extension-quotas
package quotas
