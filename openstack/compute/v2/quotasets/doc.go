// Package quotasets reads and sets a project's Compute quotas (as an
// admin; a member may read their own project's).
//
//	q, err := quotasets.Get(ctx, compute, projectID, quotasets.GetOpts{}).Extract()
//	fmt.Println(q.Instances, q.Cores, q.RAM)
//
//	_, err = quotasets.Update(ctx, admin, projectID, quotasets.UpdateOpts{
//		Instances: gophercloud.MaybeInt(20), // or a pointer to any int, 0 and -1 (unlimited) included
//	}).Extract()
//	err = quotasets.Delete(ctx, admin, projectID, quotasets.GetOpts{}).ExtractErr() // back to the defaults
//
// GetDetail returns, for each quota, its limit, what is in use and what is
// reserved. GetDefaults returns the defaults a project without its own
// quotas gets. GetOpts.UserID (and UpdateOpts.UserID) address one user's
// quotas within the project.
//
// Microversions: from 2.36 the network quotas (FixedIPs, FloatingIPs,
// Networks, SecurityGroups, SecurityGroupRules) are gone, as Neutron owns
// them; from 2.57 so are the injected-file quotas. Sending them at those
// microversions is a 400. A field a response lacks reads as the zero
// value: use the microversion to know which apply.
//
// API reference: https://docs.openstack.org/api-ref/compute/#quota-sets-os-quota-sets
package quotasets
