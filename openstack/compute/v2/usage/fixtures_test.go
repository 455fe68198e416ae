package usage_test

// Fixtures written from the Compute API reference (usage reports).

const projectID = "6f70656e737461636b20342065766572"

// listPage1JSON is GET /os-simple-tenant-usage?detailed=1&limit=1 at 2.40:
// a full page and a next link (%s is the server URL).
const listPage1JSON = `{
  "tenant_usages": [
    {
      "server_usages": [
        {
          "ended_at": null,
          "flavor": "m1.tiny",
          "hours": 1.0,
          "instance_id": "1f1deceb-17b5-4c04-84c7-e0d4499c8fe0",
          "local_gb": 1,
          "memory_mb": 512,
          "name": "instance-2",
          "started_at": "2018-10-09T11:29:04.166194",
          "state": "active",
          "tenant_id": "6f70656e737461636b20342065766572",
          "uptime": 3600,
          "vcpus": 1
        }
      ],
      "start": "2018-10-09T10:29:04.166194",
      "stop": "2018-10-09T11:29:04.166194",
      "tenant_id": "6f70656e737461636b20342065766572",
      "total_hours": 1.0,
      "total_local_gb_usage": 1.0,
      "total_memory_mb_usage": 512.0,
      "total_vcpus_usage": 1.0
    }
  ],
  "tenant_usages_links": [
    {"href": "%sos-simple-tenant-usage?detailed=1&end=2018-10-09T11%%3A29%%3A04&limit=1&marker=1f1deceb-17b5-4c04-84c7-e0d4499c8fe0&start=2018-10-09T10%%3A29%%3A04", "rel": "next"}
  ]
}`

// listPage2JSON is the last page.
const listPage2JSON = `{
  "tenant_usages": [
    {
      "start": "2018-10-09T10:29:04.166194",
      "stop": "2018-10-09T11:29:04.166194",
      "tenant_id": "9f0a2b7c8d3e4f5a6b7c8d9e0f1a2b3c",
      "total_hours": 0.5,
      "total_local_gb_usage": 0.5,
      "total_memory_mb_usage": 256.0,
      "total_vcpus_usage": 0.5
    }
  ]
}`

// getJSON is GET /os-simple-tenant-usage/{tenant_id} at 2.40 with limit=1:
// one project's usage and a next link (%s is the server URL).
const getJSON = `{
  "tenant_usage": {
    "server_usages": [
      {
        "ended_at": "2018-10-09T11:00:00",
        "flavor": "m1.small",
        "hours": 0.5,
        "instance_id": "1f1deceb-17b5-4c04-84c7-e0d4499c8fe0",
        "local_gb": 20,
        "memory_mb": 2048,
        "name": "instance-2",
        "started_at": "2018-10-09T10:30:00",
        "state": "terminated",
        "tenant_id": "6f70656e737461636b20342065766572",
        "uptime": 1800,
        "vcpus": 1
      }
    ],
    "start": "2018-10-09T10:29:04.166194",
    "stop": "2018-10-09T11:29:04.166194",
    "tenant_id": "6f70656e737461636b20342065766572",
    "total_hours": 0.5,
    "total_local_gb_usage": 10.0,
    "total_memory_mb_usage": 1024.0,
    "total_vcpus_usage": 0.5
  },
  "tenant_usage_links": [
    {"href": "%sos-simple-tenant-usage/6f70656e737461636b20342065766572?limit=1&marker=1f1deceb-17b5-4c04-84c7-e0d4499c8fe0", "rel": "next"}
  ]
}`

// getEmptyJSON is what Nova answers for a project without servers in the
// window.
const getEmptyJSON = `{"tenant_usage": {}}`
