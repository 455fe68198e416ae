package volumes_test

// Fixtures written from the Block Storage v1 API reference.

const volumeJSON = `{
  "id": "2402b902-0b7a-458c-9c07-7435a826f794",
  "display_name": "vol-001",
  "display_description": "Another volume.",
  "status": "available",
  "size": 30,
  "availability_zone": "us-east1",
  "created_at": "2013-02-20T07:36:44.893964",
  "attachments": [],
  "volume_type": "289da7f8-6440-407c-9fb4-7db01ec49164",
  "snapshot_id": null,
  "source_volid": null,
  "metadata": {"contents": "junk"},
  "bootable": "false"
}`

const listJSON = `{"volumes": [` + volumeJSON + `]}`
