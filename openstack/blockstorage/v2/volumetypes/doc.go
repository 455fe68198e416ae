// Package volumetypes manages Block Storage v2 (Cinder) volume types and
// their extra specs: list, get, create, update, delete (admin only, but
// for reading).
//
// API reference: https://docs.openstack.org/api-ref/block-storage/v2/#volume-types-types
package volumetypes
