package images_test

// Fixtures written from the Compute API reference (images, deprecated).

// listPage1JSON is GET /images/detail?limit=2 with a next link (%s is the
// server URL): an uploaded image and a server snapshot.
const listPage1JSON = `{
  "images": [
    {
      "OS-EXT-IMG-SIZE:size": 25165824,
      "created": "2011-01-01T01:02:03Z",
      "id": "70a599e0-31e7-49b7-b260-868f441e862b",
      "links": [
        {"href": "http://openstack.example.com/v2.1/images/70a599e0-31e7-49b7-b260-868f441e862b", "rel": "self"}
      ],
      "metadata": {
        "architecture": "x86_64",
        "auto_disk_config": "True",
        "kernel_id": "nokernel",
        "ramdisk_id": "nokernel"
      },
      "minDisk": 0,
      "minRam": 0,
      "name": "fakeimage7",
      "progress": 100,
      "status": "ACTIVE",
      "updated": "2011-01-01T01:02:03Z"
    },
    {
      "OS-EXT-IMG-SIZE:size": 74185822,
      "created": "2011-01-01T01:02:03Z",
      "id": "155d900f-4e14-4e4c-a73d-069cbf4541e6",
      "links": [
        {"href": "http://openstack.example.com/v2.1/images/155d900f-4e14-4e4c-a73d-069cbf4541e6", "rel": "self"}
      ],
      "metadata": {
        "image_type": "snapshot",
        "instance_uuid": "aa1c6a6b-a7b0-4a27-9b8e-1b3c3a1d1f7c",
        "block_device_mapping": [{"boot_index": 0, "source_type": "snapshot"}]
      },
      "minDisk": 1,
      "minRam": 512,
      "name": "snap-of-web-1",
      "progress": 100,
      "server": {
        "id": "aa1c6a6b-a7b0-4a27-9b8e-1b3c3a1d1f7c",
        "links": [
          {"href": "http://openstack.example.com/v2.1/servers/aa1c6a6b-a7b0-4a27-9b8e-1b3c3a1d1f7c", "rel": "self"}
        ]
      },
      "status": "ACTIVE",
      "updated": "2011-01-01T01:02:03Z"
    }
  ],
  "images_links": [
    {"href": "%simages/detail?limit=2&marker=155d900f-4e14-4e4c-a73d-069cbf4541e6", "rel": "next"}
  ]
}`

// listPage2JSON is the last page: an image still being saved.
const listPage2JSON = `{
  "images": [
    {
      "OS-EXT-IMG-SIZE:size": 0,
      "created": "2011-01-01T01:02:03Z",
      "id": "a2459075-d96c-40d5-893e-577ff92e721c",
      "links": [],
      "metadata": {},
      "minDisk": 0,
      "minRam": 0,
      "name": "fakeimage123456",
      "progress": 25,
      "status": "SAVING",
      "updated": "2011-01-01T01:02:03Z"
    }
  ]
}`

// getJSON is GET /images/{id}.
const getJSON = `{
  "image": {
    "OS-EXT-IMG-SIZE:size": 25165824,
    "created": "2011-01-01T01:02:03Z",
    "id": "70a599e0-31e7-49b7-b260-868f441e862b",
    "links": [
      {"href": "http://openstack.example.com/v2.1/images/70a599e0-31e7-49b7-b260-868f441e862b", "rel": "self"}
    ],
    "metadata": {
      "architecture": "x86_64",
      "kernel_id": "nokernel"
    },
    "minDisk": 0,
    "minRam": 0,
    "name": "fakeimage7",
    "progress": 100,
    "status": "ACTIVE",
    "updated": "2011-01-01T01:02:03Z"
  }
}`
