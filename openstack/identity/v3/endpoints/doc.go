// Package endpoints manages the Keystone v3 service catalog's endpoints:
// list with filters, show, create, update, delete.
//
//	e, err := endpoints.Create(ctx, identity, endpoints.CreateOpts{ServiceID: s.ID, Interface: endpoints.Public, URL: u}).Extract()
//
// https://docs.openstack.org/api-ref/identity/v3/#service-catalog-and-endpoints
package endpoints
