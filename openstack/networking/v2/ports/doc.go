// Package ports manages Neutron ports: a network attachment with a MAC
// address and fixed IPs, which a server NIC, a router interface or a DHCP
// agent plugs into.
//
// Besides the core attributes, Port and the options carry what most
// deployments enable: allowed address pairs (allowed-address-pairs),
// binding:host_id / vnic_type / profile / vif_details (binding; setting the
// host and profile is admin only), port_security_enabled (port-security)
// and extra DHCP options (extra_dhcp_opt). Other extension attributes are
// read with ExtractInto (one port) or ExtractPortsInto (one page).
//
//	p, err := ports.Create(ctx, c, ports.CreateOpts{
//		NetworkID: netID,
//		FixedIPs:  []ports.IP{{SubnetID: subnetID, IPAddress: "10.0.0.5"}},
//	}).Extract()
//
// Update with IfMatch.RevisionNumber set is refused with 412
// (gophercloud.ErrPreconditionFailed) when the port changed since.
//
// API reference: https://docs.openstack.org/api-ref/network/v2/#ports
package ports
