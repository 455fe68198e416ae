package volumes_test

// Bodies shaped as the Cloud Block Storage reference shows volumes.
const volumeJSON = `{
  "volume": {
    "attachments": [],
    "availability_zone": "nova",
    "bootable": "false",
    "created_at": "2024-02-25T02:40:21.000000",
    "display_description": "database data",
    "display_name": "data",
    "id": "521752a6-acf6-4b2d-bc7a-119f9148cd8c",
    "metadata": {"contents": "postgres"},
    "size": 100,
    "snapshot_id": null,
    "source_volid": null,
    "status": "available",
    "volume_type": "SSD"
  }
}`

const listJSON = `{
  "volumes": [
    {"attachments": [{"device": "/dev/xvdb", "server_id": "ef079b0c-e610-4dfb-b1aa-b49f07ac48e5", "id": "521752a6-acf6-4b2d-bc7a-119f9148cd8c", "volume_id": "521752a6-acf6-4b2d-bc7a-119f9148cd8c"}],
     "availability_zone": "nova", "bootable": "false", "created_at": "2024-02-25T02:40:21.000000", "display_name": "data",
     "id": "521752a6-acf6-4b2d-bc7a-119f9148cd8c", "metadata": {}, "size": 100, "status": "in-use", "volume_type": "SSD"},
    {"attachments": [], "availability_zone": "nova", "bootable": "true", "created_at": "2024-02-26T10:11:12.000000", "display_name": "root",
     "id": "76b8950a-8594-4e5b-8dce-0dfa9c696358", "metadata": {}, "size": 75, "status": "available", "volume_type": "SATA"}
  ]
}`
