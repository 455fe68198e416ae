package flavors_test

// Fixtures written from the Compute API reference (flavors, flavor access,
// flavor extra specs).

// listPage1JSON is the first page of GET /flavors/detail?limit=2: two
// flavors as Nova 2.75+ sends them, and a next link (%s is the server URL).
const listPage1JSON = `{
  "flavors": [
    {
      "OS-FLV-DISABLED:disabled": false,
      "OS-FLV-EXT-DATA:ephemeral": 0,
      "description": null,
      "disk": 1,
      "id": "1",
      "links": [
        {"href": "http://openstack.example.com/v2.1/flavors/1", "rel": "self"},
        {"href": "http://openstack.example.com/flavors/1", "rel": "bookmark"}
      ],
      "name": "m1.tiny",
      "os-flavor-access:is_public": true,
      "ram": 512,
      "rxtx_factor": 1.0,
      "swap": 0,
      "vcpus": 1,
      "extra_specs": {}
    },
    {
      "OS-FLV-DISABLED:disabled": false,
      "OS-FLV-EXT-DATA:ephemeral": 0,
      "description": "A small flavor",
      "disk": 20,
      "id": "2",
      "links": [
        {"href": "http://openstack.example.com/v2.1/flavors/2", "rel": "self"}
      ],
      "name": "m1.small",
      "os-flavor-access:is_public": true,
      "ram": 2048,
      "rxtx_factor": 1.0,
      "swap": 512,
      "vcpus": 1,
      "extra_specs": {"hw:cpu_policy": "shared"}
    }
  ],
  "flavors_links": [
    {"href": "%sflavors/detail?limit=2&marker=2", "rel": "next"}
  ]
}`

// listPage2JSON is the last page: one flavor as an older microversion sends
// it (swap "", no description or extra specs), no next link.
const listPage2JSON = `{
  "flavors": [
    {
      "OS-FLV-DISABLED:disabled": false,
      "OS-FLV-EXT-DATA:ephemeral": 10,
      "disk": 40,
      "id": "3",
      "links": [
        {"href": "http://openstack.example.com/v2.1/flavors/3", "rel": "self"}
      ],
      "name": "m1.medium",
      "os-flavor-access:is_public": false,
      "ram": 4096,
      "rxtx_factor": 2.0,
      "swap": "",
      "vcpus": 2
    }
  ]
}`

// getOldJSON is GET /flavors/{id} at microversion 2.1: swap is "".
const getOldJSON = `{
  "flavor": {
    "OS-FLV-DISABLED:disabled": false,
    "disk": 20,
    "OS-FLV-EXT-DATA:ephemeral": 0,
    "os-flavor-access:is_public": true,
    "id": "7",
    "links": [
      {"href": "http://openstack.example.com/v2.1/6f70656e737461636b20342065766572/flavors/7", "rel": "self"}
    ],
    "name": "m1.small.description",
    "ram": 2048,
    "swap": "",
    "vcpus": 1,
    "rxtx_factor": 1.0
  }
}`

// getNewJSON is the same flavor at microversion 2.75.
const getNewJSON = `{
  "flavor": {
    "OS-FLV-DISABLED:disabled": false,
    "disk": 20,
    "OS-FLV-EXT-DATA:ephemeral": 0,
    "os-flavor-access:is_public": true,
    "id": "7",
    "links": [
      {"href": "http://openstack.example.com/v2.1/6f70656e737461636b20342065766572/flavors/7", "rel": "self"}
    ],
    "name": "m1.small.description",
    "ram": 2048,
    "swap": 0,
    "vcpus": 1,
    "rxtx_factor": 1.0,
    "description": "test description",
    "extra_specs": {"hw:numa_nodes": "1", "hw:cpu_policy": "shared"}
  }
}`

// createRequestJSON is the body Create sends for the options of TestCreate.
const createRequestJSON = `{
  "flavor": {
    "name": "acc-private",
    "ram": 1024,
    "vcpus": 2,
    "disk": 10,
    "id": "10",
    "swap": 256,
    "OS-FLV-EXT-DATA:ephemeral": 5,
    "rxtx_factor": 2.0,
    "os-flavor-access:is_public": false,
    "description": "test description"
  }
}`

// createResponseJSON is Nova's answer to that request at 2.75.
const createResponseJSON = `{
  "flavor": {
    "OS-FLV-DISABLED:disabled": false,
    "disk": 10,
    "OS-FLV-EXT-DATA:ephemeral": 5,
    "os-flavor-access:is_public": false,
    "id": "10",
    "links": [
      {"href": "http://openstack.example.com/v2.1/flavors/10", "rel": "self"}
    ],
    "name": "acc-private",
    "ram": 1024,
    "swap": 256,
    "vcpus": 2,
    "rxtx_factor": 2.0,
    "description": "test description",
    "extra_specs": {}
  }
}`

// accessJSON is a flavor_access list (GET os-flavor-access and the
// addTenantAccess action).
const accessJSON = `{
  "flavor_access": [
    {"flavor_id": "10", "tenant_id": "6f70656e737461636b20342065766572"},
    {"flavor_id": "10", "tenant_id": "fake_tenant"}
  ]
}`

// accessAfterRemoveJSON is the list after removeTenantAccess of fake_tenant.
const accessAfterRemoveJSON = `{
  "flavor_access": [
    {"flavor_id": "10", "tenant_id": "6f70656e737461636b20342065766572"}
  ]
}`

// extraSpecsJSON is GET/POST os-extra_specs.
const extraSpecsJSON = `{
  "extra_specs": {
    "hw:cpu_policy": "dedicated",
    "hw:numa_nodes": "1"
  }
}`

// extraSpecJSON is GET/PUT os-extra_specs/{key}.
const extraSpecJSON = `{"hw:numa_nodes": "1"}`
