package rules

import (
	"context"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/networking/v2/common"
	"github.com/cloudsdk/gophercloud/pagination"
)

// Directions, ether types and common protocols of a rule.
const (
	DirIngress       = "ingress"
	DirEgress        = "egress"
	EtherType4       = "IPv4"
	EtherType6       = "IPv6"
	ProtocolTCP      = "tcp"
	ProtocolUDP      = "udp"
	ProtocolICMP     = "icmp"
	ProtocolIPv6ICMP = "ipv6-icmp"
)

// ListOpts filters List; the zero value lists every visible rule.
type ListOpts struct {
	ID             string `q:"id"`
	SecGroupID     string `q:"security_group_id"`
	Direction      string `q:"direction"`
	EtherType      string `q:"ethertype"`
	Protocol       string `q:"protocol"`
	PortRangeMin   int    `q:"port_range_min"`
	PortRangeMax   int    `q:"port_range_max"`
	RemoteIPPrefix string `q:"remote_ip_prefix"`
	RemoteGroupID  string `q:"remote_group_id"`
	ProjectID      string `q:"project_id"`
	// Query holds fields, sort and paging options.
	common.Query
}

// List returns a Pager over rules. https://docs.openstack.org/api-ref/network/v2/#list-security-group-rules
func List(c *gophercloud.ServiceClient, opts ListOpts) pagination.Pager[SecGroupRule] {
	q, err := common.ListQuery(opts)
	return common.List[SecGroupRule](c, listURL(c), "security_group_rules", q, err)
}

// Get shows one rule. https://docs.openstack.org/api-ref/network/v2/#show-security-group-rule
func Get(ctx context.Context, c *gophercloud.ServiceClient, id string) GetResult {
	return common.Get[SecGroupRule](ctx, c, ruleURL(c, id), "security_group_rule")
}

// CreateOpts describes a new rule of SecGroupID. At most one of
// RemoteIPPrefix, RemoteGroupID and RemoteAddressGroupID may be set; none
// means any source.
type CreateOpts struct {
	SecGroupID           string `json:"security_group_id" required:"true"`
	Direction            string `json:"direction" required:"true"`
	EtherType            string `json:"ethertype,omitempty"`
	Description          string `json:"description,omitempty"`
	Protocol             string `json:"protocol,omitempty"`
	PortRangeMin         int    `json:"port_range_min,omitempty"`
	PortRangeMax         int    `json:"port_range_max,omitempty"`
	RemoteIPPrefix       string `json:"remote_ip_prefix,omitempty"`
	RemoteGroupID        string `json:"remote_group_id,omitempty"`
	RemoteAddressGroupID string `json:"remote_address_group_id,omitempty"`
	ProjectID            string `json:"project_id,omitempty"`
}

// Validate checks the direction, the ether type, the port range and the
// remotes.
func (opts CreateOpts) Validate() error {
	if opts.Direction != DirIngress && opts.Direction != DirEgress {
		return &gophercloud.ErrInvalidInput{Argument: "rules.CreateOpts.Direction", Value: opts.Direction, Reason: `must be "ingress" or "egress"`}
	}
	if opts.EtherType != "" && opts.EtherType != EtherType4 && opts.EtherType != EtherType6 {
		return &gophercloud.ErrInvalidInput{Argument: "rules.CreateOpts.EtherType", Value: opts.EtherType, Reason: `must be "IPv4" or "IPv6"`}
	}
	if opts.PortRangeMax != 0 && opts.PortRangeMin > opts.PortRangeMax && opts.Protocol != ProtocolICMP && opts.Protocol != ProtocolIPv6ICMP {
		return &gophercloud.ErrInvalidInput{Argument: "rules.CreateOpts.PortRangeMin", Value: opts.PortRangeMin, Reason: "must not exceed PortRangeMax"}
	}
	n := 0
	for _, r := range []string{opts.RemoteIPPrefix, opts.RemoteGroupID, opts.RemoteAddressGroupID} {
		if r != "" {
			n++
		}
	}
	if n > 1 {
		return &gophercloud.ErrInvalidInput{Argument: "rules.CreateOpts.RemoteIPPrefix", Value: opts.RemoteIPPrefix, Reason: "set at most one of RemoteIPPrefix, RemoteGroupID and RemoteAddressGroupID"}
	}
	return nil
}

// Create adds a rule to a security group. https://docs.openstack.org/api-ref/network/v2/#create-security-group-rule
func Create(ctx context.Context, c *gophercloud.ServiceClient, opts CreateOpts) CreateResult {
	return common.Create[SecGroupRule](ctx, c, listURL(c), "security_group_rule", opts, nil)
}

// Delete deletes a rule. https://docs.openstack.org/api-ref/network/v2/#delete-security-group-rule
func Delete(ctx context.Context, c *gophercloud.ServiceClient, id string) DeleteResult {
	return common.Delete(ctx, c, ruleURL(c, id))
}
