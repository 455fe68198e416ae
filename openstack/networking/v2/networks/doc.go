// Package networks manages Neutron networks: isolated layer-2 segments that
// subnets and ports live on.
//
//	net, err := networks.Create(ctx, c, networks.CreateOpts{Name: "web"}).Extract()
//	for n, err := range networks.List(c, networks.ListOpts{Query: common.Query{Limit: 100}}).All(ctx) { … }
//
// Extension attributes are set by wrapping CreateOpts or UpdateOpts
// (external.CreateOptsExt for router:external, provider.CreateOptsExt for
// provider:* and segments, portsecurity.NetworkCreateOptsExt for
// port_security_enabled), and read with ExtractInto into a struct that
// embeds Network and the extension's struct.
//
// Update with IfMatch.RevisionNumber set is refused with 412
// (gophercloud.ErrPreconditionFailed) when the network changed since.
//
// API reference: https://docs.openstack.org/api-ref/network/v2/#networks
package networks
