// Package servergroups manages Compute server groups: sets of servers the
// scheduler places on the same host (affinity) or on different hosts
// (anti-affinity). A server joins a group when it is created with the
// group's ID as scheduler hint ("group").
//
// The request and response changed at microversion 2.64: before it a group
// has a list of Policies (of exactly one policy); from it, one Policy plus
// Rules (max_server_per_host, for anti-affinity). CreateOpts takes either;
// ServerGroup.EffectivePolicy reads either.
//
//	// Microversion 2.64 or later:
//	g, err := servergroups.Create(ctx, compute, servergroups.CreateOpts{
//		Name:   "web",
//		Policy: servergroups.PolicyAntiAffinity,
//		Rules:  &servergroups.Rules{MaxServerPerHost: 2},
//	}).Extract()
//
//	// Any microversion:
//	g, err := servergroups.Create(ctx, compute, servergroups.CreateOpts{
//		Name:     "web",
//		Policies: []string{servergroups.PolicyAntiAffinity},
//	}).Extract()
//
// Microversions: the soft-affinity and soft-anti-affinity policies need
// 2.15; UserID is sent from 2.13; Policy and Rules need 2.64.
// Pass a client made with c.WithMicroversion("2.xx"): a copy, so a
// client shared between goroutines is never changed.
//
// API reference: https://docs.openstack.org/api-ref/compute/#server-groups-os-server-groups
package servergroups
