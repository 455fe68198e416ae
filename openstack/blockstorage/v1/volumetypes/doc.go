// Package volumetypes manages Block Storage v1 (Cinder) volume types:
// list, get, create, delete and the extra specs (the types-extra-specs
// extension); creating, deleting and extra specs are admin only. v1 has no
// type update.
//
// API reference: https://docs.openstack.org/api-ref/block-storage/v1/ (archived)
package volumetypes
