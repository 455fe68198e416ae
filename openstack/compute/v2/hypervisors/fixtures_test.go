package hypervisors_test

// Fixtures written from the Compute API reference (hypervisors).

const hypervisorID = "c48f6247-abe4-4a24-824e-ea39e108874f"

// listPage1JSON is GET /os-hypervisors?limit=1 at 2.53 (%s is the server
// URL).
const listPage1JSON = `{
  "hypervisors": [
    {
      "hypervisor_hostname": "host1",
      "id": "c48f6247-abe4-4a24-824e-ea39e108874f",
      "state": "up",
      "status": "enabled"
    }
  ],
  "hypervisors_links": [
    {"href": "%sos-hypervisors?limit=1&marker=c48f6247-abe4-4a24-824e-ea39e108874f", "rel": "next"}
  ]
}`

// listPage2JSON is the last page.
const listPage2JSON = `{
  "hypervisors": [
    {
      "hypervisor_hostname": "host2",
      "id": "1bb62a04-c576-402c-8147-9e89757a09e3",
      "state": "up",
      "status": "enabled"
    }
  ]
}`

// listLegacyJSON is GET /os-hypervisors at 2.1: integer IDs.
const listLegacyJSON = `{"hypervisors": [{"hypervisor_hostname": "fake-mini", "id": 1, "state": "up", "status": "enabled"}]}`

// getJSON is GET /os-hypervisors/{id}?with_servers=true at 2.53.
const getJSON = `{
  "hypervisor": {
    "cpu_info": {
      "arch": "x86_64",
      "model": "Nehalem",
      "vendor": "Intel",
      "features": ["pge", "clflush"],
      "topology": {"cores": 1, "threads": 1, "sockets": 4}
    },
    "current_workload": 0,
    "status": "enabled",
    "state": "up",
    "disk_available_least": 0,
    "host_ip": "1.1.1.1",
    "free_disk_gb": 1028,
    "free_ram_mb": 7680,
    "hypervisor_hostname": "host2",
    "hypervisor_type": "fake",
    "hypervisor_version": 1000,
    "id": "c48f6247-abe4-4a24-824e-ea39e108874f",
    "local_gb": 1028,
    "local_gb_used": 0,
    "memory_mb": 8192,
    "memory_mb_used": 512,
    "running_vms": 1,
    "servers": [
      {"name": "instance-00000001", "uuid": "2f1d2ad9-41f4-4ed8-9a2d-93c51fb8e5bd"}
    ],
    "service": {
      "host": "host2",
      "id": "7f3e3a9b-2b6d-4c5e-8f8a-0a1b2c3d4e5f",
      "disabled_reason": null
    },
    "vcpus": 2,
    "vcpus_used": 0
  }
}`

// getLegacyJSON is GET /os-hypervisors/1 at 2.1: cpu_info is a string.
const getLegacyJSON = `{
  "hypervisor": {
    "cpu_info": "{\"arch\": \"x86_64\", \"model\": \"Nehalem\", \"vendor\": \"Intel\", \"features\": [\"pge\"], \"topology\": {\"cores\": 1, \"threads\": 1, \"sockets\": 4}}",
    "current_workload": 0,
    "status": "enabled",
    "state": "up",
    "disk_available_least": 0,
    "host_ip": "1.1.1.1",
    "free_disk_gb": 1028,
    "free_ram_mb": 7680,
    "hypervisor_hostname": "fake-mini",
    "hypervisor_type": "fake",
    "hypervisor_version": 1000,
    "id": 1,
    "local_gb": 1028,
    "local_gb_used": 0,
    "memory_mb": 8192,
    "memory_mb_used": 512,
    "running_vms": 0,
    "service": {"host": "e6a37ee802d74863ab8b91ade8f12a67", "id": 2, "disabled_reason": null},
    "vcpus": 2,
    "vcpus_used": 0
  }
}`

// getAt288JSON is GET /os-hypervisors/{id} at 2.88: no resource fields,
// uptime included.
const getAt288JSON = `{
  "hypervisor": {
    "host_ip": "192.168.1.135",
    "hypervisor_hostname": "host2",
    "hypervisor_type": "fake",
    "hypervisor_version": 1000,
    "id": "f6d28711-9c10-470e-8b31-c03f498b0032",
    "service": {"disabled_reason": null, "host": "host2", "id": "7f3e3a9b-2b6d-4c5e-8f8a-0a1b2c3d4e5f"},
    "state": "up",
    "status": "enabled",
    "uptime": " 08:32:11 up 93 days, 18:25, 12 users,  load average: 0.20, 0.12, 0.14"
  }
}`

// statisticsJSON is GET /os-hypervisors/statistics.
const statisticsJSON = `{
  "hypervisor_statistics": {
    "count": 1,
    "current_workload": 0,
    "disk_available_least": 0,
    "free_disk_gb": 1028,
    "free_ram_mb": 7680,
    "local_gb": 1028,
    "local_gb_used": 0,
    "memory_mb": 8192,
    "memory_mb_used": 512,
    "running_vms": 0,
    "vcpus": 2,
    "vcpus_used": 0
  }
}`

// uptimeJSON is GET /os-hypervisors/{id}/uptime at 2.53.
const uptimeJSON = `{
  "hypervisor": {
    "hypervisor_hostname": "fake-mini",
    "id": "c48f6247-abe4-4a24-824e-ea39e108874f",
    "state": "up",
    "status": "enabled",
    "uptime": " 08:32:11 up 93 days, 18:25, 12 users,  load average: 0.20, 0.12, 0.14"
  }
}`
