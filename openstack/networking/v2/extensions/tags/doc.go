// Package tags manages the tags of Neutron resources (standard-attr-tag):
// networks, subnets, ports, subnetpools, routers, floatingips,
// security-groups, qos/policies and trunks. resourceType is that URL
// collection name ("networks"). Filter lists by tag with common.Query's
// Tags, TagsAny, NotTags and NotTagsAny.
//
//	err := tags.Add(ctx, c, "networks", id, "prod").ExtractErr()
//	all, err := tags.ReplaceAll(ctx, c, "ports", id, []string{"a", "b"}).Extract()
//
// API reference: https://docs.openstack.org/api-ref/network/v2/#tag-extension-tags
package tags
