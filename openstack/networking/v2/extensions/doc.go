// Package extensions lists the API extensions a Neutron offers, so a
// program can check for one before using it (Has). Its subpackages hold
// the extension resources and attributes: layer3 (routers, floating IPs),
// security (groups, rules), external, provider, portsecurity, subnetpools
// and tags.
//
//	ok, err := extensions.Has(ctx, c, "floating-ip-port-forwarding")
//
// API reference: https://docs.openstack.org/api-ref/network/v2/#extensions
package extensions
