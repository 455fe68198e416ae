// Package schemas reads the JSON Schemas Image v2 (Glance) publishes for
// its resources: an image, the image list, a member and the member list.
// A cloud's image schema says which properties it allows and which are
// read-only, so a client can check a custom property before sending it.
//
//	s, err := schemas.GetImage(ctx, c).Extract()
//	_, ok := s.Properties["os_hash_value"]
//
// Each property's own schema is kept raw (json.RawMessage) for the caller
// to decode into the shape it needs; ExtractInto decodes the whole
// document into a struct of the caller's.
//
// API reference: https://docs.openstack.org/api-ref/image/v2/#image-schemas
package schemas
