package networks_test

// Fixtures written from the Networking API reference (networks).

const networkJSON = `{
  "network": {
    "admin_state_up": true,
    "availability_zone_hints": [],
    "availability_zones": ["nova"],
    "created_at": "2016-03-08T20:19:41Z",
    "description": "",
    "dns_domain": "my-domain.org.",
    "id": "d32019d3-bc6e-4319-9c1d-6722fc136a22",
    "ipv4_address_scope": null,
    "ipv6_address_scope": null,
    "is_default": false,
    "mtu": 1400,
    "name": "private-network",
    "port_security_enabled": true,
    "project_id": "4fd44f30292945e481c7b8a0c8908869",
    "provider:network_type": "vxlan",
    "provider:physical_network": null,
    "provider:segmentation_id": 1002,
    "qos_policy_id": "6a8454ade84346f59e8d40665f878b2e",
    "revision_number": 3,
    "router:external": false,
    "shared": true,
    "status": "ACTIVE",
    "subnets": ["54d6f61d-db07-451c-9ab3-b9609b6b6f0b"],
    "tags": ["tag1", "tag2"],
    "tenant_id": "4fd44f30292945e481c7b8a0c8908869",
    "updated_at": "2016-03-08T20:19:41Z"
  }
}`

// listPage1JSON is the first of two pages (limit=1); %s is the server URL.
const listPage1JSON = `{
  "networks": [
    {
      "admin_state_up": true,
      "id": "396f12f8-521e-4b91-8e21-2e003500433a",
      "mtu": 1450,
      "name": "net1",
      "project_id": "26a7980765d0414dbc1fc1f88cdb7e6e",
      "revision_number": 1,
      "router:external": false,
      "shared": false,
      "status": "ACTIVE",
      "subnets": [],
      "tags": ["web"]
    }
  ],
  "networks_links": [
    {"href": "%snetworks?limit=1&marker=396f12f8-521e-4b91-8e21-2e003500433a&tags=web", "rel": "next"}
  ]
}`

const listPage2JSON = `{
  "networks": [
    {
      "admin_state_up": true,
      "id": "71c1e68c-171a-4aa2-aca5-50ea153a3718",
      "mtu": 1450,
      "name": "net2",
      "router:external": true,
      "shared": false,
      "status": "ACTIVE",
      "subnets": ["08eae331-0402-425a-923c-34f7cfe39c1b"],
      "tags": ["web"]
    }
  ],
  "networks_links": [
    {"href": "http://ignored/v2.0/networks?limit=1&marker=71c1e68c&page_reverse=True&tags=web", "rel": "previous"}
  ]
}`
