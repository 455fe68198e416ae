// Package usage reads Nova's simple tenant usage: server hours, vCPU,
// memory and disk use per project over a time window.
//
//	window := usage.ListOpts{Start: time.Now().Add(-24 * time.Hour), End: time.Now()}
//	for u, err := range usage.List(admin, window).All(ctx) { // every project; admin
//		fmt.Println(u.TenantID, u.TotalHours)
//	}
//	mine, err := usage.Get(compute, projectID, usage.GetOpts{Start: …}).Collect(ctx)
//
// Start and End are sent in UTC as "2006-01-02T15:04:05", the one layout
// Nova parses; the zero Start or End means "now" to Nova, so always set
// Start.
//
// Microversions: ListOpts.Limit and Marker, GetOpts.Limit and Marker and
// the links that let the pager walk pages need 2.40. Paging splits the
// server usages: a page of Get holds the project's totals for the servers
// of that page only, so add the pages up (Collect returns one TenantUsage
// per page). Before 2.40 everything comes in one page.
//
// API reference: https://docs.openstack.org/api-ref/compute/#usage-reports-os-simple-tenant-usage
package usage
