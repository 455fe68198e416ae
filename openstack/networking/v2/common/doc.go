// Package common holds the pieces every Neutron resource package shares,
// written once: the list query (tag filters, field selection, sorting and
// paging), the If-Match revision check of updates, and the request helpers
// the resource packages' calls are one line of.
//
// Every Neutron list takes the same Query, embedded in the resource's
// ListOpts:
//
//	ports.List(c, ports.ListOpts{NetworkID: id, Query: common.Query{
//		Tags:     gophercloud.CommaList{"web", "prod"},
//		SortKeys: []string{"name"}, SortDirs: []string{common.SortAsc},
//		Limit:    50,
//	}})
//
// Updates of resources with a revision_number (networks, subnets, ports,
// routers, floating IPs, security groups, subnet pools) embed IfMatch: a
// non-zero RevisionNumber sends "If-Match: revision_number=N", and Neutron
// answers 412 when the resource has changed since, which reads as
// errors.Is(err, gophercloud.ErrPreconditionFailed). It needs the
// revision-if-match extension.
//
// API reference: https://docs.openstack.org/api-ref/network/v2/#filtering-and-column-selection,
// #sorting, #pagination and #revisions.
package common
