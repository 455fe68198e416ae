package secgroups

import "github.com/cloudsdk/gophercloud"

// SecurityGroup is a security group as Nova shows it.
type SecurityGroup struct {
	// ID is the group's ID (a Neutron UUID).
	ID string `json:"id"`
	// Name is the group's name; AddServer and RemoveServer address groups
	// by it.
	Name string `json:"name"`
	// Description is free text.
	Description string `json:"description"`
	// TenantID is the owning project.
	TenantID string `json:"tenant_id"`
	// Rules are the group's ingress rules.
	Rules []Rule `json:"rules"`
}

// Rule is one ingress rule of a security group.
type Rule struct {
	// ID is the rule's ID.
	ID string `json:"id"`
	// ParentGroupID is the group the rule belongs to.
	ParentGroupID string `json:"parent_group_id"`
	// IPProtocol is tcp, udp or icmp ("" for any).
	IPProtocol string `json:"ip_protocol"`
	// FromPort and ToPort bound the port range (ICMP type and code for
	// icmp); -1 or null for any.
	FromPort int `json:"from_port"`
	ToPort   int `json:"to_port"`
	// IPRange holds the CIDR the rule admits, if it names one.
	IPRange IPRange `json:"ip_range"`
	// Group names the source group, if the rule admits one.
	Group Group `json:"group"`
}

// IPRange is the source CIDR of a rule.
type IPRange struct {
	// CIDR is the source range, "" when the rule names a group.
	CIDR string `json:"cidr"`
}

// Group is the source group of a rule.
type Group struct {
	// Name is the source group's name, "" when the rule names a CIDR.
	Name string `json:"name"`
	// TenantID is the source group's project.
	TenantID string `json:"tenant_id"`
}

// CreateResult is the result of Create; Extract returns the new
// *SecurityGroup.
type CreateResult = gophercloud.ItemResult[SecurityGroup]

// GetResult is the result of Get; Extract returns the *SecurityGroup.
type GetResult = gophercloud.ItemResult[SecurityGroup]

// UpdateResult is the result of Update; Extract returns the changed
// *SecurityGroup.
type UpdateResult = gophercloud.ItemResult[SecurityGroup]

// DeleteResult is the result of Delete.
type DeleteResult = gophercloud.ErrResult

// CreateRuleResult is the result of CreateRule; Extract returns the new
// *Rule.
type CreateRuleResult = gophercloud.ItemResult[Rule]

// DeleteRuleResult is the result of DeleteRule.
type DeleteRuleResult = gophercloud.ErrResult

// ServerResult is the result of AddServer and RemoveServer.
type ServerResult = gophercloud.ErrResult
