package routers_test

// Fixtures written from the Networking API reference (routers).

const routerJSON = `{
  "router": {
    "admin_state_up": true,
    "availability_zone_hints": [],
    "availability_zones": ["nova"],
    "created_at": "2018-03-19T19:17:04Z",
    "description": "",
    "distributed": false,
    "external_gateway_info": {
      "enable_snat": true,
      "external_fixed_ips": [{"ip_address": "172.24.4.6", "subnet_id": "b930d7f6-ceb7-40a0-8b81-a425dd994ccf"}],
      "network_id": "ae34051f-aa6c-4c75-abf5-50dc9ac99ef3"
    },
    "flavor_id": null,
    "ha": false,
    "id": "f8a44de0-fc8e-45df-93c7-f79bf3b01c95",
    "name": "router1",
    "routes": [{"destination": "179.24.1.0/24", "nexthop": "172.24.3.99"}],
    "revision_number": 1,
    "status": "ACTIVE",
    "project_id": "0bd18306d801447bb457a46252d82d13",
    "tenant_id": "0bd18306d801447bb457a46252d82d13",
    "tags": ["tag1,tag2"],
    "updated_at": "2018-03-19T19:17:22Z"
  }
}`

const interfaceJSON = `{
  "id": "f8a44de0-fc8e-45df-93c7-f79bf3b01c95",
  "network_id": "e3b1dd83-1afc-4b6c-9e16-b5e0ea43d3b3",
  "port_id": "2dc6ba2e-0e55-4bb9-a3ef-a7a1ff6e2bb8",
  "subnet_id": "a2f1f29d-571b-4533-907f-5803ab96ead1",
  "subnet_ids": ["a2f1f29d-571b-4533-907f-5803ab96ead1"],
  "project_id": "0bd18306d801447bb457a46252d82d13",
  "tenant_id": "0bd18306d801447bb457a46252d82d13",
  "tags": []
}`
