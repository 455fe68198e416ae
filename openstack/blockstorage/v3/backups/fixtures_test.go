package backups_test

// Fixtures written from the Block Storage v3 API reference.

const backupJSON = `{
  "id": "6ff3d470-d9ae-4e0e-9a7a-1a7b5bd6d4c5",
  "name": "backup001",
  "description": null,
  "status": "available",
  "fail_reason": null,
  "volume_id": "795114e8-7489-40be-a978-83797f2c1dd3",
  "snapshot_id": null,
  "size": 1,
  "object_count": 2,
  "container": "volumebackups",
  "availability_zone": "az1",
  "created_at": "2023-03-14T08:59:22.000000",
  "updated_at": "2023-03-14T09:00:10.000000",
  "data_timestamp": "2023-03-14T08:59:22.000000",
  "is_incremental": false,
  "has_dependent_backups": false,
  "metadata": {},
  "os-backup-project-attr:project_id": "2c67a14be9314c5dae2ee6c4ec90cf0b",
  "links": [{"href": "http://localhost:8776/v3/2c67a14be9314c5dae2ee6c4ec90cf0b/backups/6ff3d470-d9ae-4e0e-9a7a-1a7b5bd6d4c5", "rel": "self"}]
}`

const errorBackupJSON = `{"backup": {"id": "6ff3d470-d9ae-4e0e-9a7a-1a7b5bd6d4c5", "status": "error", "fail_reason": "Service cinder-backup could not be found."}}`
