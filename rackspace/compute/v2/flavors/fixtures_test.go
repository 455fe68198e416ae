package flavors_test

// Bodies shaped as the Cloud Servers reference shows flavors.
const getJSON = `{
  "flavor": {
    "OS-FLV-WITH-EXT-SPECS:extra_specs": {
      "class": "general1",
      "disk_io_index": "40",
      "number_of_data_disks": "0",
      "policy_class": "general_flavor",
      "resize_policy_class": "general_flavor"
    },
    "OS-FLV-DISABLED:disabled": false,
    "disk": 20,
    "OS-FLV-EXT-DATA:ephemeral": 0,
    "os-flavor-access:is_public": true,
    "id": "general1-1",
    "links": [{"href": "https://dfw.servers.api.rackspacecloud.com/v2/1100111/flavors/general1-1", "rel": "self"}],
    "name": "1 GB General Purpose v1",
    "ram": 1024,
    "swap": "",
    "vcpus": 1,
    "rxtx_factor": 200.0
  }
}`

const listJSON = `{
  "flavors": [
    {
      "OS-FLV-WITH-EXT-SPECS:extra_specs": {"class": "compute1", "disk_io_index": "-1", "number_of_data_disks": "0", "policy_class": "compute_flavor", "resize_policy_class": "compute_flavor"},
      "disk": 0, "id": "compute1-4", "name": "3.75 GB Compute v1", "ram": 3840, "swap": "", "vcpus": 2, "rxtx_factor": 312.5
    },
    {
      "OS-FLV-WITH-EXT-SPECS:extra_specs": {"class": "io1", "disk_io_index": "70", "number_of_data_disks": "1", "policy_class": "io_flavor", "resize_policy_class": "io_flavor"},
      "disk": 40, "OS-FLV-EXT-DATA:ephemeral": 150, "id": "io1-15", "name": "15 GB I/O v1", "ram": 15360, "swap": "", "vcpus": 4, "rxtx_factor": 1250.0
    }
  ]
}`
