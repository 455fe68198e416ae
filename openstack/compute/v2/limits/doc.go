// Package limits shows the Compute limits that apply to the caller's
// project, and how much of each it uses.
//
//	l, err := limits.Get(ctx, compute, limits.GetOpts{}).Extract()
//	fmt.Println(l.Absolute.TotalInstancesUsed, "of", l.Absolute.MaxTotalInstances)
//
// Absolute limits are the project's quotas; Rate limits were an API rate
// limiter Nova removed long ago: today the list is always empty, but the
// type decodes the old shape.
//
// Microversions: MaxImageMeta is gone from 2.39, and the network limits
// (MaxSecurityGroups, MaxSecurityGroupRules, MaxTotalFloatingIPs and their
// "used" counts) from 2.36; MaxPersonality and MaxPersonalitySize from
// 2.57. GetOpts.ProjectID (an admin asking for another project) works at
// every microversion.
//
// API reference: https://docs.openstack.org/api-ref/compute/#limits-limits
package limits
