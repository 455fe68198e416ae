// Package portsecurity reads and sets port_security_enabled on networks
// (the port-security extension). A network's value is the default for the
// ports created on it; with it off, Neutron applies no security groups and
// no anti-spoofing rules to those ports.
//
//	off := false
//	opts := portsecurity.CreateOptsExt{CreateOptsBuilder: networks.CreateOpts{Name: "n"}, PortSecurityEnabled: &off}
//	var n portsecurity.Network
//	err := networks.Create(ctx, c, opts).ExtractIntoEnvelope("network", &n)
//
// Ports carry the same attribute in ports.Port already.
//
// API reference: https://docs.openstack.org/api-ref/network/v2/#port-security
package portsecurity
