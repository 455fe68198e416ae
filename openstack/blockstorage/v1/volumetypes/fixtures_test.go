package volumetypes_test

// Fixtures written from the Block Storage v1 API reference.

const typeJSON = `{
  "id": "289da7f8-6440-407c-9fb4-7db01ec49164",
  "name": "vol-type-001",
  "extra_specs": {"capabilities": "gpu"}
}`

const listJSON = `{"volume_types": [` + typeJSON + `, {"id": "96c3bda7-c82a-4f50-be73-ca7621794835", "name": "vol-type-002", "extra_specs": {}}]}`
