package servers_test

// Fixtures written from the Compute API reference
// (https://docs.openstack.org/api-ref/compute/), one per response shape.

// serverID is the server of the single-server fixtures.
const serverID = "4c0f3a3e-92b5-4c4b-9d0a-5b1f6f8d2e11"

// getServerJSON is "show server details" at microversion 2.79: the flavor
// is embedded (2.47), locked_reason (2.73), server_groups (2.71),
// trusted_image_certificates (2.63), tags (2.26), description (2.19),
// host_status (2.16), locked (2.9) and the admin OS-EXT-SRV-ATTR fields.
const getServerJSON = `{
  "server": {
    "id": "4c0f3a3e-92b5-4c4b-9d0a-5b1f6f8d2e11",
    "name": "web-1",
    "status": "ACTIVE",
    "tenant_id": "9f2a7c1de55b4f0f8a2c6d3b1e4f5a60",
    "user_id": "2b8e0c4a7f9d4e1b8c3a5d6f7e8091a2",
    "hostId": "8d1f6e2c3b4a59687f0e1d2c3b4a5968e7f6d5c4b3a29180f7e6d5c4",
    "progress": 0,
    "accessIPv4": "203.0.113.10",
    "accessIPv6": "2001:db8::10",
    "image": {
      "id": "d7a4c3e2-1b0f-4e5d-8c9a-7b6f5e4d3c2b",
      "links": [{"href": "http://compute.example.com/images/d7a4c3e2-1b0f-4e5d-8c9a-7b6f5e4d3c2b", "rel": "bookmark"}]
    },
    "flavor": {
      "original_name": "m1.small",
      "vcpus": 1,
      "ram": 2048,
      "disk": 20,
      "ephemeral": 0,
      "swap": 0,
      "extra_specs": {"hw:cpu_policy": "shared", "hw_rng:allowed": "True"}
    },
    "addresses": {
      "private": [
        {"addr": "10.1.0.5", "version": 4, "OS-EXT-IPS:type": "fixed", "OS-EXT-IPS-MAC:mac_addr": "fa:16:3e:4a:0b:7c"},
        {"addr": "fd00:1::5", "version": 6, "OS-EXT-IPS:type": "fixed", "OS-EXT-IPS-MAC:mac_addr": "fa:16:3e:4a:0b:7c"},
        {"addr": "203.0.113.10", "version": 4, "OS-EXT-IPS:type": "floating", "OS-EXT-IPS-MAC:mac_addr": "fa:16:3e:4a:0b:7c"}
      ]
    },
    "metadata": {"role": "web", "owner": "team-a"},
    "links": [
      {"href": "http://compute.example.com/v2.1/servers/4c0f3a3e-92b5-4c4b-9d0a-5b1f6f8d2e11", "rel": "self"},
      {"href": "http://compute.example.com/servers/4c0f3a3e-92b5-4c4b-9d0a-5b1f6f8d2e11", "rel": "bookmark"}
    ],
    "key_name": "deploy-key",
    "security_groups": [{"name": "default"}, {"name": "web"}],
    "created": "2024-03-05T10:15:20Z",
    "updated": "2024-03-05T10:15:41Z",
    "config_drive": "True",
    "OS-DCF:diskConfig": "MANUAL",
    "OS-EXT-AZ:availability_zone": "nova",
    "OS-EXT-STS:power_state": 1,
    "OS-EXT-STS:task_state": null,
    "OS-EXT-STS:vm_state": "active",
    "OS-SRV-USG:launched_at": "2024-03-05T10:15:40.123456",
    "OS-SRV-USG:terminated_at": null,
    "os-extended-volumes:volumes_attached": [
      {"id": "0e7d1c2b-3a49-4f58-8e67-d5c4b3a29180", "delete_on_termination": true}
    ],
    "OS-EXT-SRV-ATTR:host": "compute-07",
    "OS-EXT-SRV-ATTR:hypervisor_hostname": "compute-07.example.com",
    "OS-EXT-SRV-ATTR:instance_name": "instance-0000002a",
    "OS-EXT-SRV-ATTR:hostname": "web-1",
    "OS-EXT-SRV-ATTR:reservation_id": "r-3k9x2m1q",
    "OS-EXT-SRV-ATTR:launch_index": 0,
    "OS-EXT-SRV-ATTR:kernel_id": "",
    "OS-EXT-SRV-ATTR:ramdisk_id": "",
    "OS-EXT-SRV-ATTR:root_device_name": "/dev/vda",
    "OS-EXT-SRV-ATTR:user_data": "IyEvYmluL3NoCmVjaG8gaGVsbG8gPiAvdG1wL2hpCg==",
    "locked": true,
    "locked_reason": "maintenance window",
    "host_status": "UP",
    "description": "front-end web server",
    "tags": ["prod", "web"],
    "trusted_image_certificates": null,
    "server_groups": ["5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d"]
  }
}`

// bootFromVolumeServer is a server as microversion 2.1 shows it: booted
// from a volume (image ""), flavor as an ID with links, in ERROR with a
// fault, and without the fields of later microversions.
const bootFromVolumeServer = `{
      "id": "7e1d2c3b-4a59-4687-9f0e-1d2c3b4a5968",
      "name": "db-1",
      "status": "ERROR",
      "tenant_id": "9f2a7c1de55b4f0f8a2c6d3b1e4f5a60",
      "user_id": "2b8e0c4a7f9d4e1b8c3a5d6f7e8091a2",
      "hostId": "",
      "image": "",
      "flavor": {
        "id": "3",
        "links": [{"href": "http://compute.example.com/flavors/3", "rel": "bookmark"}]
      },
      "addresses": {},
      "metadata": {},
      "links": [{"href": "http://compute.example.com/v2.1/servers/7e1d2c3b-4a59-4687-9f0e-1d2c3b4a5968", "rel": "self"}],
      "key_name": null,
      "created": "2024-03-05T11:00:00Z",
      "updated": "2024-03-05T11:00:09Z",
      "accessIPv4": "",
      "accessIPv6": "",
      "config_drive": "",
      "OS-DCF:diskConfig": "AUTO",
      "OS-EXT-AZ:availability_zone": "",
      "OS-EXT-STS:power_state": 0,
      "OS-EXT-STS:task_state": null,
      "OS-EXT-STS:vm_state": "error",
      "OS-SRV-USG:launched_at": null,
      "OS-SRV-USG:terminated_at": null,
      "os-extended-volumes:volumes_attached": [{"id": "1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b"}],
      "fault": {
        "code": 500,
        "created": "2024-03-05T11:00:09Z",
        "message": "No valid host was found. There are not enough hosts available."
      }
    }`

// listPage1JSON is the first page of "list servers detailed" with
// limit=2; %s is the fake server's URL, for the next link.
const listPage1JSON = `{
  "servers": [
    {
      "id": "4c0f3a3e-92b5-4c4b-9d0a-5b1f6f8d2e11",
      "name": "web-1",
      "status": "ACTIVE",
      "image": {"id": "d7a4c3e2-1b0f-4e5d-8c9a-7b6f5e4d3c2b", "links": []},
      "flavor": {"id": "2", "links": []},
      "addresses": {"private": [{"addr": "10.1.0.5", "version": 4, "OS-EXT-IPS:type": "fixed", "OS-EXT-IPS-MAC:mac_addr": "fa:16:3e:4a:0b:7c"}]},
      "metadata": {"role": "web"},
      "created": "2024-03-05T10:15:20Z",
      "updated": "2024-03-05T10:15:41Z",
      "OS-EXT-STS:power_state": 1,
      "OS-EXT-STS:vm_state": "active",
      "OS-EXT-STS:task_state": null
    },
    ` + bootFromVolumeServer + `
  ],
  "servers_links": [
    {"href": "%s/servers/detail?limit=2&marker=7e1d2c3b-4a59-4687-9f0e-1d2c3b4a5968", "rel": "next"}
  ]
}`

// listPage2JSON is the last page: no servers_links.
const listPage2JSON = `{
  "servers": [
    {
      "id": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
      "name": "worker-1",
      "status": "SHUTOFF",
      "image": {"id": "d7a4c3e2-1b0f-4e5d-8c9a-7b6f5e4d3c2b", "links": []},
      "flavor": {"id": "2", "links": []},
      "addresses": {},
      "metadata": {},
      "created": "2024-03-04T08:00:00Z",
      "updated": "2024-03-05T09:30:00Z",
      "OS-EXT-STS:power_state": 4,
      "OS-EXT-STS:vm_state": "stopped",
      "OS-EXT-STS:task_state": null
    }
  ]
}`

// createServerResponseJSON is what "create server" answers: the ID,
// links, disk config, security groups and the generated password.
const createServerResponseJSON = `{
  "server": {
    "id": "4c0f3a3e-92b5-4c4b-9d0a-5b1f6f8d2e11",
    "links": [
      {"href": "http://compute.example.com/v2.1/servers/4c0f3a3e-92b5-4c4b-9d0a-5b1f6f8d2e11", "rel": "self"},
      {"href": "http://compute.example.com/servers/4c0f3a3e-92b5-4c4b-9d0a-5b1f6f8d2e11", "rel": "bookmark"}
    ],
    "OS-DCF:diskConfig": "MANUAL",
    "security_groups": [{"name": "default"}, {"name": "web"}],
    "adminPass": "Vq7xPz3kLm9R"
  }
}`

// createServerFullRequestJSON is the body CreateOpts with every group of
// options must produce.
const createServerFullRequestJSON = `{
  "server": {
    "name": "web-1",
    "imageRef": "d7a4c3e2-1b0f-4e5d-8c9a-7b6f5e4d3c2b",
    "flavorRef": "2",
    "networks": [
      {"uuid": "b3c4d5e6-f7a8-4b9c-8d0e-1f2a3b4c5d6e", "fixed_ip": "10.1.0.5", "tag": "frontend"},
      {"port": "c4d5e6f7-a8b9-4c0d-9e1f-2a3b4c5d6e7f"}
    ],
    "block_device_mapping_v2": [
      {"source_type": "image", "destination_type": "local", "uuid": "d7a4c3e2-1b0f-4e5d-8c9a-7b6f5e4d3c2b", "boot_index": 0, "delete_on_termination": true},
      {"source_type": "blank", "destination_type": "volume", "volume_size": 10, "tag": "data", "volume_type": "ssd"}
    ],
    "metadata": {"role": "web"},
    "personality": [{"path": "/etc/resolv.conf", "contents": "bmFtZXNlcnZlciAxMC4wLjAuMgo="}],
    "user_data": "IyEvYmluL3NoCmVjaG8gaGVsbG8gPiAvdG1wL2hpCg==",
    "key_name": "deploy-key",
    "security_groups": [{"name": "default"}, {"name": "web"}],
    "availability_zone": "nova",
    "config_drive": true,
    "min_count": 1,
    "max_count": 1,
    "tags": ["prod", "web"],
    "description": "front-end web server",
    "adminPass": "Vq7xPz3kLm9R",
    "accessIPv4": "203.0.113.10",
    "accessIPv6": "2001:db8::10",
    "OS-DCF:diskConfig": "MANUAL"
  },
  "os:scheduler_hints": {
    "group": "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d",
    "different_host": ["7e1d2c3b-4a59-4687-9f0e-1d2c3b4a5968"],
    "custom_weigher": "low-latency"
  }
}`

// updateServerResponseJSON is "update server" at 2.19 or later.
const updateServerResponseJSON = `{
  "server": {
    "id": "4c0f3a3e-92b5-4c4b-9d0a-5b1f6f8d2e11",
    "name": "web-1-renamed",
    "status": "ACTIVE",
    "description": "renamed",
    "accessIPv4": "203.0.113.20",
    "accessIPv6": "",
    "image": {"id": "d7a4c3e2-1b0f-4e5d-8c9a-7b6f5e4d3c2b", "links": []},
    "flavor": {"id": "2", "links": []},
    "addresses": {},
    "metadata": {},
    "created": "2024-03-05T10:15:20Z",
    "updated": "2024-03-05T12:00:00Z",
    "locked": false
  }
}`

// rebuildServerResponseJSON is "rebuild server": the whole server, status
// REBUILD, with the new password.
const rebuildServerResponseJSON = `{
  "server": {
    "id": "4c0f3a3e-92b5-4c4b-9d0a-5b1f6f8d2e11",
    "name": "web-1-rebuilt",
    "status": "REBUILD",
    "adminPass": "n3wP4ssw0rd",
    "image": {"id": "e8b5d4f3-2c1a-4f6e-9d0b-8c7a6f5e4d3c", "links": []},
    "flavor": {"id": "2", "links": []},
    "addresses": {},
    "metadata": {"rebuilt": "yes"},
    "created": "2024-03-05T10:15:20Z",
    "updated": "2024-03-05T12:30:00Z"
  }
}`

const (
	metadataJSON        = `{"metadata": {"role": "web", "owner": "team-a"}}`
	metadatumJSON       = `{"meta": {"role": "web"}}`
	addressesJSON       = `{"addresses": {"private": [{"addr": "10.1.0.5", "version": 4}, {"addr": "fd00:1::5", "version": 6}], "public": [{"addr": "203.0.113.10", "version": 4}]}}`
	networkAddressJSON  = `{"private": [{"addr": "10.1.0.5", "version": 4}, {"addr": "fd00:1::5", "version": 6}]}`
	consoleOutputJSON   = `{"output": "[    0.000000] Linux version 6.1.0\nlogin: \n"}`
	rescueResponseJSON  = `{"adminPass": "r3scuePass"}`
	createImage245JSON  = `{"image_id": "0f1e2d3c-4b5a-4697-8877-665544332211"}`
	reservationIDJSON   = `{"reservation_id": "r-3k9x2m1q"}`
	serverNotFoundJSON  = `{"itemNotFound": {"code": 404, "message": "Instance 4c0f3a3e-92b5-4c4b-9d0a-5b1f6f8d2e11 could not be found."}}`
	serverStatusFixture = `{"server": {"id": "4c0f3a3e-92b5-4c4b-9d0a-5b1f6f8d2e11", "status": %q, "OS-EXT-STS:task_state": %s%s}}`
)

// listSimpleJSON is GET /servers (the API reference's "list servers").
const listSimpleJSON = `{
  "servers": [
    {
      "id": "22c91117-08de-4894-9aa9-6ef382400985",
      "links": [
        {"href": "http://openstack.example.com/v2/6f70656e737461636b20342065766572/servers/22c91117-08de-4894-9aa9-6ef382400985", "rel": "self"},
        {"href": "http://openstack.example.com/6f70656e737461636b20342065766572/servers/22c91117-08de-4894-9aa9-6ef382400985", "rel": "bookmark"}
      ],
      "name": "new-server-test"
    }
  ],
  "servers_links": []
}`

// passwordJSON is GET /servers/{id}/os-server-password.
const passwordJSON = `{
  "password": "xlozO3wLCBRWAa2yDjCCVx8vwNPypxnypmRYDa/zErlQ+EzPe1S/Gz6nfmC52mOlOSCRuUOmG7kqqgejPof6M7bOezS387zjq4LSvvwp28zUknzy4YzfFGhnHAdai3TxUJ26pfQCYrq8UTzmKF2Bq8ioSEtVVzM0A96pDh8W2i7BOz6MdoiVyiev/I1K2LsuipfxSJR7Wdke4zNXJjHHP2RfYsVbZ/k9ANu+Nz4iIH8/7Cacud/pphH7EjrY6a4RZNrjQskrhKYed0YERpotyjYk1eDtRe72GrSiXteqCM4biaQ5w3ruS+AcX//PXk3uJ5kC7d67fPXaVz4WaQRYMg=="
}`

// evacuateJSON is the 2.1 answer to an evacuate action.
const evacuateJSON = `{"adminPass": "MySecretPass"}`
