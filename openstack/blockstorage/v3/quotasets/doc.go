// Package quotasets reads and sets a project's Block Storage v3 (Cinder)
// quotas: Get, GetUsage (with what is in use), GetDefaults, Update and
// Delete (back to the defaults). Setting and deleting need an admin.
//
//	q, err := quotasets.Get(ctx, client, projectID).Extract()
//	fmt.Println(q.Volumes, q.Gigabytes)
//
// Per-type quotas (volumes_<type>, gigabytes_<type>) are not in QuotaSet:
// decode them with ExtractInto into a struct of your own.
//
// API reference: https://docs.openstack.org/api-ref/block-storage/v3/#quota-sets-extension-os-quota-sets
package quotasets
