package images_test

// Fixtures written from the Image v2 API reference.

const imageJSON = `{
  "status": "active",
  "name": "cirros-0.3.2-x86_64-disk",
  "tags": ["test"],
  "container_format": "bare",
  "created_at": "2014-05-05T17:15:10Z",
  "disk_format": "qcow2",
  "updated_at": "2014-05-05T17:15:11Z",
  "visibility": "public",
  "self": "/v2/images/1bea47ed-f6a9-463b-b423-14b9cca9ad27",
  "min_disk": 0,
  "protected": false,
  "id": "1bea47ed-f6a9-463b-b423-14b9cca9ad27",
  "file": "/v2/images/1bea47ed-f6a9-463b-b423-14b9cca9ad27/file",
  "checksum": "64d7c1cd2b6f60c92c14662941cb7913",
  "os_hash_algo": "sha512",
  "os_hash_value": "073b4523583784fbe01daff81eba092a262ec37ba6d04dd3f52e4cd5c93eb8258af44881345ecda0e49f3d8cc6d2df6b050ff3e72681d723234aff9d17d0cf09",
  "os_hidden": false,
  "owner": "5ef70662f8b34079a6eddb8da9d75fe8",
  "size": 13167616,
  "min_ram": 0,
  "schema": "/v2/schemas/image",
  "virtual_size": null,
  "hw_disk_bus": "scsi",
  "os_glance_importing_to_stores": "",
  "os_sha_count": 3
}`

const listPage1 = `{
  "images": [` + imageJSON + `],
  "schema": "/v2/schemas/images",
  "first": "/images?limit=1",
  "next": "/images?limit=1&marker=1bea47ed-f6a9-463b-b423-14b9cca9ad27"
}`

const listPage2 = `{
  "images": [{"id": "781b3762-9469-4cec-b58d-3349e5de4e9c", "name": "F17-x86_64-cfntools", "status": "queued", "size": null}],
  "schema": "/v2/schemas/images",
  "first": "/images?limit=1"
}`

const createRequest = `{
  "container_format": "bare",
  "disk_format": "raw",
  "name": "Ubuntu",
  "id": "b2173dd3-7ad6-4362-baa6-a68bce3565cb",
  "visibility": "private",
  "tags": ["ubuntu", "quantal"],
  "os_hidden": true,
  "hw_disk_bus": "scsi"
}`

const createResponse = `{
  "status": "queued",
  "name": "Ubuntu",
  "tags": ["ubuntu", "quantal"],
  "container_format": "bare",
  "created_at": "2015-11-29T22:21:42Z",
  "size": null,
  "disk_format": "raw",
  "updated_at": "2015-11-29T22:21:42Z",
  "visibility": "private",
  "id": "b2173dd3-7ad6-4362-baa6-a68bce3565cb",
  "protected": false,
  "os_hidden": true,
  "checksum": null,
  "owner": "bab7d5c60cd041a0a36f7c4b6e1dd978",
  "hw_disk_bus": "scsi",
  "file": "/v2/images/b2173dd3-7ad6-4362-baa6-a68bce3565cb/file",
  "self": "/v2/images/b2173dd3-7ad6-4362-baa6-a68bce3565cb",
  "schema": "/v2/schemas/image"
}`

const updateRequest = `[
  {"op": "replace", "path": "/name", "value": "Fedora 17"},
  {"op": "add", "path": "/a~1b", "value": "1"},
  {"op": "remove", "path": "/hw_disk_bus"},
  {"op": "replace", "path": "/tags", "value": ["fedora", "beefy"]}
]`
