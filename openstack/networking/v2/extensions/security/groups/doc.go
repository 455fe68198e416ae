// Package groups manages Neutron security groups (the security-group
// extension): named sets of rules (see the rules package) applied to ports.
// A new group holds two egress rules that allow all outgoing traffic.
//
// API reference: https://docs.openstack.org/api-ref/network/v2/#security-groups-security-groups
package groups
