// Package portforwarding manages the port forwardings of a floating IP
// (the floating-ip-port-forwarding extension): traffic to the floating
// IP on an external port goes to a fixed IP and port of a Neutron port.
// Port ranges ("80:90") need the floating-ip-port-forwarding-port-ranges
// extension; descriptions need floating-ip-port-forwarding-description.
//
//	pf, err := portforwarding.Create(ctx, c, fipID, portforwarding.CreateOpts{
//		Protocol: "tcp", ExternalPort: 2222, InternalPort: 22,
//		InternalPortID: portID, InternalIPAddress: "10.0.0.5",
//	}).Extract()
//
// API reference: https://docs.openstack.org/api-ref/network/v2/#floating-ips-port-forwarding
package portforwarding
