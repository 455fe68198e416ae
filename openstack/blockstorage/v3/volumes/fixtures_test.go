package volumes_test

// Fixtures written from the Block Storage v3 API reference.

const volumeJSON = `{
  "id": "6edbc2f4-1507-44f8-ac0d-eed1d2608d38",
  "name": "test-volume-attachments",
  "description": null,
  "status": "in-use",
  "size": 2,
  "availability_zone": "nova",
  "created_at": "2016-02-16T09:58:33.000000",
  "updated_at": "2016-02-16T10:00:03.000000",
  "attachments": [{
    "id": "6edbc2f4-1507-44f8-ac0d-eed1d2608d38",
    "attachment_id": "3dafcac4-1cb9-4b60-a227-d729baa10cf6",
    "volume_id": "6edbc2f4-1507-44f8-ac0d-eed1d2608d38",
    "server_id": "f4fda93b-06e0-4743-8117-bc8bcecd651b",
    "host_name": null,
    "device": "/dev/vdb",
    "attached_at": "2016-02-16T10:00:02.000000"
  }],
  "volume_type": "lvmdriver-1",
  "volume_type_id": "5fed9d7c-401d-46e2-8e80-f30c70cb7e1d",
  "snapshot_id": null,
  "source_volid": null,
  "metadata": {"purpose": "test"},
  "user_id": "edbc2f4-1507-44f8-ac0d-eed1d2608d38",
  "bootable": "false",
  "encrypted": false,
  "replication_status": null,
  "consistencygroup_id": null,
  "multiattach": false,
  "os-vol-host-attr:host": "devstack@lvmdriver-1#lvmdriver-1",
  "os-vol-tenant-attr:tenant_id": "bab7d5c60cd041a0a36f7c4b6e1dd978",
  "consumes_quota": true,
  "links": [{"href": "http://localhost:8776/v3/bab7d5c60cd041a0a36f7c4b6e1dd978/volumes/6edbc2f4-1507-44f8-ac0d-eed1d2608d38", "rel": "self"}]
}`

const getJSON = `{"volume": ` + volumeJSON + `}`

const listPage1 = `{
  "volumes": [` + volumeJSON + `],
  "volumes_links": [{"href": "%s/volumes/detail?limit=1&marker=6edbc2f4-1507-44f8-ac0d-eed1d2608d38", "rel": "next"}]
}`

const listPage2 = `{
  "volumes": [{"id": "b0b5ed7a-7e8a-4dc3-9a0f-3f6f2b4c4e39", "name": "second", "status": "available", "size": 1}]
}`

const createRequest = `{
  "volume": {
    "size": 10,
    "name": "vol-001",
    "description": "Data for the web tier",
    "availability_zone": "nova",
    "volume_type": "lvmdriver-1",
    "metadata": {"tier": "web"}
  },
  "OS-SCH-HNT:scheduler_hints": {"same_host": ["a0cf03a5-d921-4877-bb5c-86d26cf818e1"]}
}`

const createResponse = `{"volume": {
  "id": "2b955850-f177-45f7-9f49-ecb2c256d161",
  "name": "vol-001",
  "status": "creating",
  "size": 10,
  "availability_zone": "nova",
  "created_at": "2026-12-03T10:20:30.000000",
  "metadata": {"tier": "web"},
  "volume_type": "lvmdriver-1",
  "bootable": "false",
  "attachments": []
}}`

const uploadImageResponse = `{"os-volume_upload_image": {
  "id": "6edbc2f4-1507-44f8-ac0d-eed1d2608d38",
  "image_id": "ecb92d98-de08-45db-8235-bbafe317269c",
  "image_name": "test",
  "disk_format": "raw",
  "container_format": "bare",
  "status": "uploading",
  "size": 1,
  "visibility": "private",
  "protected": false,
  "updated_at": "2017-06-05T08:44:28.000000"
}}`

const messagesJSON = `{"messages": [{
  "id": "c506cd4b-9048-43bc-97ef-0d7dec369b42",
  "resource_uuid": "6edbc2f4-1507-44f8-ac0d-eed1d2608d38",
  "resource_type": "VOLUME",
  "event_id": "VOLUME_VOLUME_001_002",
  "user_message": "extend volume:Compute service failed to extend volume.",
  "message_level": "ERROR",
  "created_at": "2026-12-03T10:20:30.000000"
}]}`
