package snapshots_test

// Fixtures written from the Block Storage v2 API reference.

const snapshotJSON = `{
  "id": "3fbbcccf-d058-4502-8844-6feeffdf4cb5",
  "name": "snap-001",
  "description": "Daily backup",
  "status": "available",
  "volume_id": "5aa119a8-d25b-45a7-8d1b-88e127885635",
  "size": 30,
  "created_at": "2013-02-25T03:56:53.081642",
  "updated_at": null,
  "metadata": {},
  "os-extended-snapshot-attributes:progress": "100%",
  "os-extended-snapshot-attributes:project_id": "0c2eba2c5af04d3f9e9d0d410b371fde"
}`

const listJSON = `{"snapshots": [` + snapshotJSON + `]}`
