// Package secgroups drives Nova's legacy security-group proxy:
// os-security-groups, os-security-group-rules and the server actions
// addSecurityGroup and removeSecurityGroup. Nova forwards every call to
// Neutron.
//
//	g, err := secgroups.Create(ctx, c, secgroups.CreateOpts{Name: "web", Description: "http"}).Extract()
//	r, err := secgroups.CreateRule(ctx, c, secgroups.CreateRuleOpts{
//		ParentGroupID: g.ID, IPProtocol: "tcp", FromPort: 80, ToPort: 80, CIDR: "0.0.0.0/0",
//	}).Extract()
//	err = secgroups.AddServer(ctx, c, serverID, g.Name).ExtractErr()
//
// Deprecated: these proxy APIs were removed at microversion 2.36; from 2.36
// on Nova answers 404 to every call here, so use a client at 2.35 or below
// (the default 2.1 is fine). New code should use the networking service's
// security groups instead.
//
// API reference: https://docs.openstack.org/api-ref/compute/#security-groups-os-security-groups-deprecated
package secgroups
