// Package remoteconsoles asks Nova for a URL that opens a remote console
// of a server in a browser or a client.
//
//	console, err := remoteconsoles.Create(ctx, compute.WithMicroversion("2.6"), serverID, remoteconsoles.CreateOpts{
//		Protocol: remoteconsoles.ProtocolVNC,
//		Type:     remoteconsoles.TypeNoVNC,
//	}).Extract()
//	fmt.Println(console.URL)
//
// Create needs microversion 2.6; the MKS protocol (VMware's WebMKS) needs
// 2.8. The pairs Nova accepts are vnc/novnc (and vnc/xvpvnc before 2.99),
// spice/spice-html5, serial/serial, rdp/rdp-html5 and mks/webmks; a cloud
// answers 400 for a console type its hypervisor or configuration does not
// offer, and 501 where the driver has none at all.
//
// API reference: https://docs.openstack.org/api-ref/compute/#server-consoles
package remoteconsoles
