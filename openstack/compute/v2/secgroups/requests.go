package secgroups

import (
	"context"
	"strings"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/pagination"
)

// ListOpts filters List; the zero value lists the caller's groups.
type ListOpts struct {
	// AllTenants lists every project's groups (admin only).
	AllTenants bool `q:"all_tenants"`
	// Limit and Offset cut the list server-side; Nova sends no next link,
	// so List returns one page.
	Limit  int `q:"limit"`
	Offset int `q:"offset"`
}

// List returns a Pager (of one page) over the security groups; it does no
// I/O, so it takes no ctx.
// https://docs.openstack.org/api-ref/compute/#list-security-groups
func List(c *gophercloud.ServiceClient, opts ListOpts) pagination.Pager[SecurityGroup] {
	return pagination.NewWithQuery(c, listURL(c), opts, pagination.Single[SecurityGroup]{ItemsKey: "security_groups"})
}

// ListByServer returns a Pager (of one page) over the groups of a server.
// https://docs.openstack.org/api-ref/compute/#list-security-groups-by-server
func ListByServer(c *gophercloud.ServiceClient, serverID string) pagination.Pager[SecurityGroup] {
	return pagination.New(c, serverGroupsURL(c, serverID), pagination.Single[SecurityGroup]{ItemsKey: "security_groups"}, nil)
}

// CreateOpts describes a new security group; Nova requires both fields
// (Description may not be omitted, so it is always sent).
type CreateOpts struct {
	// Name is the group's name.
	Name string `json:"name" required:"true"`
	// Description is free text.
	Description string `json:"description"`
}

// Create creates a security group.
// https://docs.openstack.org/api-ref/compute/#create-security-group
func Create(ctx context.Context, c *gophercloud.ServiceClient, opts CreateOpts) CreateResult {
	b, err := gophercloud.BuildRequestBody(opts, "security_group")
	if err != nil {
		return CreateResult{Result: gophercloud.Result{Err: err}}
	}
	return CreateResult{Result: c.Post(ctx, listURL(c), b, &gophercloud.RequestOpts{OkCodes: []int{200}}), Key: "security_group"}
}

// Get shows one security group with its rules.
// https://docs.openstack.org/api-ref/compute/#show-security-group-details
func Get(ctx context.Context, c *gophercloud.ServiceClient, id string) GetResult {
	return GetResult{Result: c.Get(ctx, groupURL(c, id), nil), Key: "security_group"}
}

// UpdateOpts renames a group; Nova requires both fields.
type UpdateOpts struct {
	// Name is the new name.
	Name string `json:"name" required:"true"`
	// Description is the new description.
	Description string `json:"description"`
}

// Update changes a security group's name and description.
// https://docs.openstack.org/api-ref/compute/#update-security-group
func Update(ctx context.Context, c *gophercloud.ServiceClient, id string, opts UpdateOpts) UpdateResult {
	b, err := gophercloud.BuildRequestBody(opts, "security_group")
	if err != nil {
		return UpdateResult{Result: gophercloud.Result{Err: err}}
	}
	return UpdateResult{Result: c.Put(ctx, groupURL(c, id), b, &gophercloud.RequestOpts{OkCodes: []int{200}}), Key: "security_group"}
}

// Delete deletes a security group.
// https://docs.openstack.org/api-ref/compute/#delete-security-group
func Delete(ctx context.Context, c *gophercloud.ServiceClient, id string) DeleteResult {
	return DeleteResult{Result: c.Delete(ctx, groupURL(c, id), &gophercloud.RequestOpts{OkCodes: []int{202, 204}})}
}

// CreateRuleOpts describes an ingress rule: exactly one of CIDR and
// GroupID names the source.
type CreateRuleOpts struct {
	// ParentGroupID is the group the rule is added to.
	ParentGroupID string `json:"parent_group_id" required:"true"`
	// IPProtocol is tcp, udp or icmp.
	IPProtocol string `json:"ip_protocol" required:"true"`
	// FromPort and ToPort bound the port range, 1 to 65535 for tcp and
	// udp; for icmp they are the ICMP type and code, -1 to 255 (-1 for
	// any).
	FromPort int `json:"from_port"`
	ToPort   int `json:"to_port"`
	// CIDR is the source range.
	CIDR string `json:"cidr,omitempty" xor:"GroupID"`
	// GroupID is the source security group.
	GroupID string `json:"group_id,omitempty" xor:"CIDR"`
}

// Validate checks the protocol and the port range.
func (opts CreateRuleOpts) Validate() error {
	lo, hi := 1, 65535
	switch strings.ToLower(opts.IPProtocol) {
	case "tcp", "udp":
		if opts.FromPort > opts.ToPort {
			return &gophercloud.ErrInvalidInput{Argument: "secgroups.CreateRuleOpts.FromPort", Value: opts.FromPort, Reason: "must not exceed ToPort"}
		}
	case "icmp":
		lo, hi = -1, 255
	case "":
		return nil // required tag reports it
	default:
		return &gophercloud.ErrInvalidInput{Argument: "secgroups.CreateRuleOpts.IPProtocol", Value: opts.IPProtocol, Reason: "must be tcp, udp or icmp"}
	}
	for name, p := range map[string]int{"FromPort": opts.FromPort, "ToPort": opts.ToPort} {
		if p < lo || p > hi {
			return &gophercloud.ErrInvalidInput{Argument: "secgroups.CreateRuleOpts." + name, Value: p, Reason: "out of range for " + opts.IPProtocol}
		}
	}
	return nil
}

// CreateRule adds an ingress rule to a group.
// https://docs.openstack.org/api-ref/compute/#create-security-group-rule
func CreateRule(ctx context.Context, c *gophercloud.ServiceClient, opts CreateRuleOpts) CreateRuleResult {
	b, err := gophercloud.BuildRequestBody(opts, "security_group_rule")
	if err != nil {
		return CreateRuleResult{Result: gophercloud.Result{Err: err}}
	}
	return CreateRuleResult{Result: c.Post(ctx, rulesURL(c), b, &gophercloud.RequestOpts{OkCodes: []int{200}}), Key: "security_group_rule"}
}

// DeleteRule deletes a rule.
// https://docs.openstack.org/api-ref/compute/#delete-security-group-rule
func DeleteRule(ctx context.Context, c *gophercloud.ServiceClient, id string) DeleteRuleResult {
	return DeleteRuleResult{Result: c.Delete(ctx, ruleURL(c, id), &gophercloud.RequestOpts{OkCodes: []int{202, 204}})}
}

// serverAction posts {action: {"name": group}} to the server's action URL.
func serverAction(ctx context.Context, c *gophercloud.ServiceClient, serverID, action, group string) ServerResult {
	if group == "" {
		return ServerResult{Result: gophercloud.Result{Err: &gophercloud.ErrMissingInput{Argument: "secgroups." + action + " group name"}}}
	}
	body := map[string]any{action: map[string]string{"name": group}}
	return ServerResult{Result: c.Post(ctx, serverActionURL(c, serverID), body, &gophercloud.RequestOpts{OkCodes: []int{202}})}
}

// AddServer adds the group named group to a server.
// https://docs.openstack.org/api-ref/compute/#add-security-group-to-a-server-addsecuritygroup-action
func AddServer(ctx context.Context, c *gophercloud.ServiceClient, serverID, group string) ServerResult {
	return serverAction(ctx, c, serverID, "addSecurityGroup", group)
}

// RemoveServer removes the group named group from a server.
// https://docs.openstack.org/api-ref/compute/#remove-security-group-from-a-server-removesecuritygroup-action
func RemoveServer(ctx context.Context, c *gophercloud.ServiceClient, serverID, group string) ServerResult {
	return serverAction(ctx, c, serverID, "removeSecurityGroup", group)
}
