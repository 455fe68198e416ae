// Package volumetypes manages Block Storage v3 (Cinder) volume types:
// create, list, get, update and delete them (admin), their extra specs
// (the back-end capabilities a type asks for), and which projects may use
// a private type.
//
//	vt, err := volumetypes.Create(ctx, admin, volumetypes.CreateOpts{
//		Name: "gold", IsPublic: new(false), ExtraSpecs: map[string]string{"volume_backend_name": "lvm"},
//	}).Extract()
//	err = volumetypes.AddAccess(ctx, admin, vt.ID, projectID).ExtractErr()
//
// API reference: https://docs.openstack.org/api-ref/block-storage/v3/#volume-types-types
package volumetypes
