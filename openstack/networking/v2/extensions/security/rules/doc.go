// Package rules manages the rules of Neutron security groups: each allows
// one kind of traffic in one direction, from a CIDR, another group or an
// address group. Rules cannot be changed, only created and deleted.
//
//	r, err := rules.Create(ctx, c, rules.CreateOpts{SecGroupID: sg.ID,
//		Direction: rules.DirIngress, EtherType: rules.EtherType4, Protocol: rules.ProtocolTCP,
//		PortRangeMin: 22, PortRangeMax: 22, RemoteIPPrefix: "0.0.0.0/0"}).Extract()
//
// API reference: https://docs.openstack.org/api-ref/network/v2/#security-group-rules-security-group-rules
package rules
