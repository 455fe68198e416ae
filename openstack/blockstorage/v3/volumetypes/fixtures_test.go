package volumetypes_test

// Fixtures written from the Block Storage v3 API reference.

const typeJSON = `{
  "id": "6685584b-1eac-4da6-b5c3-555430cf68ff",
  "name": "vol-type-001",
  "description": "volume type 0001",
  "is_public": true,
  "os-volume-type-access:is_public": true,
  "extra_specs": {"capabilities": "gpu"},
  "qos_specs_id": null
}`

const listJSON = `{"volume_types": [` + typeJSON + `, {"id": "8eb69a46-df97-4e41-9586-9a40a7533803", "name": "vol-type-002", "is_public": false, "extra_specs": {}}]}`

const accessJSON = `{"volume_type_access": [{"project_id": "6f70656e737461636b20342065766572", "volume_type_id": "a5082c24-2a27-43a4-b48e-fcec1240e36b"}]}`
