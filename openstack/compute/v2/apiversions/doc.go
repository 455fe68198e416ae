// Package apiversions reads Nova's version documents: GET / lists every
// API version, GET /v2.1/ shows one, with the microversion range it
// serves.
//
//	versions, err := apiversions.List(ctx, compute).Extract()
//	v, err := apiversions.Get(ctx, compute, "v2.1").Extract()
//	fmt.Println(v.MinVersion, "to", v.Version) // "2.1 to 2.93"
//
// Both calls derive the service root from the client's endpoint by
// cutting its path before the version segment
// ("http://nova:8774/v2.1/<project>" → "http://nova:8774/"), so they work
// with the client every other compute call takes. To check a
// microversion before using it, openstack.RequireMicroversion does the
// same lookup and compares.
//
// API reference: https://docs.openstack.org/api-ref/compute/#api-versions
package apiversions
