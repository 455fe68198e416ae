package volumes_test

// Fixtures written from the Block Storage v2 API reference.

const volumeJSON = `{
  "id": "6edbc2f4-1507-44f8-ac0d-eed1d2608d38",
  "name": "test-volume",
  "description": "a v2 volume",
  "status": "available",
  "size": 2,
  "availability_zone": "nova",
  "created_at": "2016-02-29T19:15:05.000000",
  "updated_at": "2016-02-29T19:15:06.000000",
  "attachments": [],
  "volume_type": "lvmdriver-1",
  "snapshot_id": null,
  "source_volid": null,
  "metadata": {"readonly": "false"},
  "user_id": "32779452fcd34ae1a53a797ac8a1e064",
  "bootable": "false",
  "encrypted": false,
  "replication_status": "disabled",
  "consistencygroup_id": null,
  "multiattach": false,
  "os-vol-host-attr:host": "devstack@lvmdriver-1#lvmdriver-1",
  "os-vol-tenant-attr:tenant_id": "bab7d5c60cd041a0a36f7c4b6e1dd978",
  "links": [{"href": "http://127.0.0.1:8776/v2/bab7d5c60cd041a0a36f7c4b6e1dd978/volumes/6edbc2f4-1507-44f8-ac0d-eed1d2608d38", "rel": "self"}]
}`

const listPage1 = `{"volumes": [` + volumeJSON + `], "volumes_links": [{"rel": "next", "href": "{base}/volumes/detail?marker=6edbc2f4-1507-44f8-ac0d-eed1d2608d38"}]}`

const listPage2 = `{"volumes": []}`
