package images_test

// Bodies shaped as the Cloud Servers reference shows images.
const getJSON = `{
  "image": {
    "OS-DCF:diskConfig": "AUTO",
    "OS-EXT-IMG-SIZE:size": 1185138011,
    "created": "2023-05-09T16:42:25Z",
    "id": "e19a734c-c7e6-443a-830c-242209c4d65d",
    "links": [{"href": "https://dfw.servers.api.rackspacecloud.com/v2/1100111/images/e19a734c-c7e6-443a-830c-242209c4d65d", "rel": "self"}],
    "metadata": {
      "com.rackspace__1__build_core": "1",
      "com.rackspace__1__visible_core": "1",
      "com.rackspace__1__visible_managed": "0",
      "image_type": "base",
      "org.openstack__1__os_distro": "org.ubuntu",
      "org.openstack__1__os_version": "22.04",
      "os_type": "linux",
      "auto_disk_config": "True"
    },
    "minDisk": 20,
    "minRam": 512,
    "name": "Ubuntu 22.04 LTS (Jammy Jellyfish) (PVHVM)",
    "progress": 100,
    "status": "ACTIVE",
    "updated": "2023-05-10T12:03:11Z"
  }
}`

const listJSON = `{
  "images": [
    {"id": "e19a734c-c7e6-443a-830c-242209c4d65d", "name": "Ubuntu 22.04 LTS (Jammy Jellyfish) (PVHVM)", "status": "ACTIVE", "metadata": {"image_type": "base"}},
    {"id": "7b0b4c27-9b8a-4e3e-8f2f-1ea5c3d1b0aa", "name": "web-snapshot", "status": "SAVING", "progress": 45, "metadata": {"image_type": "snapshot", "instance_uuid": "ef079b0c-e610-4dfb-b1aa-b49f07ac48e5"},
     "server": {"id": "ef079b0c-e610-4dfb-b1aa-b49f07ac48e5"}}
  ]
}`
