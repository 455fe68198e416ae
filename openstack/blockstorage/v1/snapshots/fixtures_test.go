package snapshots_test

// Fixtures written from the Block Storage v1 API reference.

const snapshotJSON = `{
  "id": "3fbbcccf-d058-4502-8844-6feeffdf4cb5",
  "display_name": "snap-001",
  "display_description": "Daily backup",
  "status": "available",
  "volume_id": "521752a6-acf6-4b2d-bc7a-119f9148cd8c",
  "size": 30,
  "created_at": "2012-02-14T20:53:07",
  "metadata": {"contents": "junk"}
}`

const listJSON = `{"snapshots": [` + snapshotJSON + `]}`
