// Package v2 is the index of the Networking v2.0 (Neutron) packages; build
// their client with openstack.NewNetworkV2, whose resource base ends in
// "v2.0/".
//
//	apiversions                  the version list (GET /) and the v2.0 resource list
//	common                       shared list Query (tags, tags-any, not-tags, not-tags-any,
//	                             fields, sort_key/sort_dir, limit/marker) and IfMatch
//	                             (If-Match: revision_number=N, 412 = gophercloud.ErrPreconditionFailed)
//	networks                     networks
//	subnets                      subnets: allocation pools, host routes, DNS servers, IPv6 modes
//	ports                        ports: fixed IPs, allowed address pairs, binding:*, port
//	                             security, extra DHCP options, ExtractPortsInto
//	quotas                       per-project quotas and usage (update and reset: admin)
//	extensions                   the API extensions, and Has(alias)
//	extensions/external          router:external on networks, and its list filter
//	extensions/layer3/routers    routers: gateway with fixed IPs, interfaces, static routes
//	extensions/layer3/floatingips floating IPs: create, associate, disassociate
//	extensions/layer3/portforwarding port forwardings of a floating IP
//	extensions/portsecurity      port_security_enabled on networks
//	extensions/provider          provider:* and multi-provider segments on networks (admin)
//	extensions/security/groups   security groups
//	extensions/security/rules    security group rules
//	extensions/subnetpools       subnet pools; subnets take a CIDR from one by prefix length
//	extensions/tags              add one, replace all, delete one or all tags of a resource
//
// Every list follows Neutron's <resource>s_links with pagination.Linked,
// so a Limit pages through any number of items.
//
// LBaaS v1 (the lb/pools, members, vips and health monitors of older
// SDKs) was removed from Neutron in Newton, and Neutron-LBaaS v2 was
// retired in Train; load balancing is now Octavia, a service of its own
// (catalog type "load-balancer"). Neither is built here.
//
// API reference: https://docs.openstack.org/api-ref/network/v2/
package v2
