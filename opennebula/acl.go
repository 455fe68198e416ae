package opennebula

import (
	"context"
	"encoding/xml"
)

// ACL is one ACL rule of the ACL_POOL document (acl_pool.xsd). USER,
// RESOURCE, RIGHTS and ZONE are hexadecimal bitmasks as oned prints them;
// STRING is the rule in the CLI's syntax ("#5 VM+IMAGE/* USE+MANAGE #0").
type ACL struct {
	ID       int    `xml:"ID"`
	User     string `xml:"USER"`
	Resource string `xml:"RESOURCE"`
	Rights   string `xml:"RIGHTS"`
	Zone     string `xml:"ZONE"`
	String   string `xml:"STRING"`
}

// ACLPool is the ACL_POOL document.
type ACLPool struct {
	XMLName xml.Name `xml:"ACL_POOL"`
	ACLs    []ACL    `xml:"ACL"`
}

// ACLsController handles the ACL rules.
type ACLsController struct {
	PoolOps[ACLPool]
	c *Controller
}

// ACLs returns the controller of the ACL rules.
func (c *Controller) ACLs() *ACLsController {
	return &ACLsController{PoolOps: newPool[ACLPool](c, "one.acl.info", poolPlain), c: c}
}

// CreateRule adds a rule; user, resource, rights and zone (empty: the
// current zone) are hexadecimal bitmask strings. It returns the rule ID.
func (p *ACLsController) CreateRule(ctx context.Context, user, resource, rights, zone string) (int, error) {
	args := []any{user, resource, rights}
	if zone != "" {
		args = append(args, zone)
	}
	return callInt(ctx, p.c.caller, "one.acl.addrule", args...)
}

// DeleteRule removes rule id.
func (p *ACLsController) DeleteRule(ctx context.Context, id int) error {
	_, err := call(ctx, p.c.caller, "one.acl.delrule", id)
	return err
}
