package snapshots_test

// Fixtures written from the Block Storage v3 API reference.

const snapshotJSON = `{
  "id": "2bb856e1-b3d8-4432-a858-09e4ce939389",
  "name": "snap-001",
  "description": "Daily backup",
  "status": "available",
  "volume_id": "5aa119a8-d25b-45a7-8d1b-88e127885635",
  "size": 10,
  "created_at": "2019-03-11T16:24:34.469003",
  "updated_at": "2019-03-11T16:24:34.469003",
  "metadata": {"key": "v3"},
  "os-extended-snapshot-attributes:progress": "100%",
  "os-extended-snapshot-attributes:project_id": "0c2eba2c5af04d3f9e9d0d410b371fde",
  "user_id": "40c2102f4a554b848d96b14f3eec39ed",
  "group_snapshot_id": null,
  "consumes_quota": true
}`

const listPage1 = `{"snapshots": [` + snapshotJSON + `], "snapshots_links": [{"rel": "next", "href": "{base}/snapshots/detail?marker=2bb856e1-b3d8-4432-a858-09e4ce939389"}]}`

const listPage2 = `{"snapshots": []}`
