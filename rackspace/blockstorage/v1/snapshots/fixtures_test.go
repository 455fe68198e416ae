package snapshots_test

// Bodies shaped as the Cloud Block Storage reference shows snapshots.
const snapshotJSON = `{
  "snapshot": {
    "created_at": "2024-02-28T21:45:37.000000",
    "display_description": "before the upgrade",
    "display_name": "nightly",
    "id": "a9ecb8d2-3cae-4e6c-8f3b-6a1b1b5c6d7e",
    "size": 100,
    "status": "available",
    "volume_id": "521752a6-acf6-4b2d-bc7a-119f9148cd8c",
    "os-extended-snapshot-attributes:progress": "100%",
    "metadata": {}
  }
}`

const listJSON = `{"snapshots": [` + `{"id": "a9ecb8d2-3cae-4e6c-8f3b-6a1b1b5c6d7e", "display_name": "nightly", "status": "available", "size": 100, "volume_id": "521752a6-acf6-4b2d-bc7a-119f9148cd8c"},
  {"id": "0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b", "display_name": "weekly", "status": "creating", "size": 100, "volume_id": "521752a6-acf6-4b2d-bc7a-119f9148cd8c"}]}`
