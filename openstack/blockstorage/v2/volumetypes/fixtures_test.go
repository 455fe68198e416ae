package volumetypes_test

// Fixtures written from the Block Storage v2 API reference.

const typeJSON = `{
  "id": "6685584b-1eac-4da6-b5c3-555430cf68ff",
  "name": "vol-type-001",
  "description": "volume type 001",
  "is_public": true,
  "extra_specs": {"capabilities": "gpu"}
}`

const listJSON = `{"volume_types": [` + typeJSON + `]}`
