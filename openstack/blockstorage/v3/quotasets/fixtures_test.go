package quotasets_test

// Fixtures written from the Block Storage v3 API reference.

const quotaJSON = `{"quota_set": {
  "id": "a7090a26bc554d93aa845a4d41808251",
  "volumes": 10, "snapshots": 10, "gigabytes": 1000, "per_volume_gigabytes": -1,
  "backups": 10, "backup_gigabytes": 1000, "groups": 10,
  "volumes_lvmdriver-1": -1, "gigabytes_lvmdriver-1": -1
}}`

const usageJSON = `{"quota_set": {
  "id": "a7090a26bc554d93aa845a4d41808251",
  "volumes": {"reserved": 0, "allocated": 0, "limit": 10, "in_use": 2},
  "gigabytes": {"reserved": 0, "allocated": 0, "limit": 1000, "in_use": 3}
}}`
