// Package services manages the Keystone v3 service catalog's services:
// list, show, create, update, delete. Their URLs are in package endpoints.
//
//	s, err := services.Create(ctx, identity, services.CreateOpts{Type: "compute", Name: "nova"}).Extract()
//
// https://docs.openstack.org/api-ref/identity/v3/#service-catalog-and-endpoints
package services
