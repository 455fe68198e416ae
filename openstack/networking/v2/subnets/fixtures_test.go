package subnets_test

// Fixtures written from the Networking API reference (subnets).

const subnetJSON = `{
  "subnet": {
    "name": "my_subnet",
    "enable_dhcp": true,
    "network_id": "d32019d3-bc6e-4319-9c1d-6722fc136a22",
    "segment_id": null,
    "project_id": "4fd44f30292945e481c7b8a0c8908869",
    "tenant_id": "4fd44f30292945e481c7b8a0c8908869",
    "dns_nameservers": ["8.8.8.8"],
    "allocation_pools": [{"start": "192.168.199.2", "end": "192.168.199.254"}],
    "host_routes": [{"destination": "10.20.0.0/16", "nexthop": "192.168.199.1"}],
    "ip_version": 4,
    "gateway_ip": "192.168.199.1",
    "cidr": "192.168.199.0/24",
    "id": "54d6f61d-db07-451c-9ab3-b9609b6b6f0b",
    "created_at": "2016-10-10T14:35:34Z",
    "description": "",
    "ipv6_address_mode": null,
    "ipv6_ra_mode": null,
    "revision_number": 2,
    "service_types": [],
    "subnetpool_id": null,
    "tags": ["tag1"],
    "updated_at": "2016-10-10T14:35:34Z"
  }
}`

const subnetV6JSON = `{
  "subnet": {
    "id": "a1b8c6c7-2c4b-4a6f-8f09-0b2b5a0f6e11",
    "network_id": "d32019d3-bc6e-4319-9c1d-6722fc136a22",
    "ip_version": 6,
    "cidr": "fdf8:f53b:82e4::/64",
    "gateway_ip": null,
    "ipv6_address_mode": "slaac",
    "ipv6_ra_mode": "slaac",
    "subnetpool_id": "f49a1319-423a-4ee6-ba54-1d95a4f6cc68",
    "allocation_pools": [{"start": "fdf8:f53b:82e4::2", "end": "fdf8:f53b:82e4:0:ffff:ffff:ffff:ffff"}],
    "enable_dhcp": true
  }
}`

const listJSON = `{
  "subnets": [
    {"id": "54d6f61d-db07-451c-9ab3-b9609b6b6f0b", "name": "private-subnet", "ip_version": 4, "cidr": "10.0.0.0/24", "network_id": "d32019d3"},
    {"id": "a1b8c6c7-2c4b-4a6f-8f09-0b2b5a0f6e11", "name": "v6", "ip_version": 6, "cidr": "fdf8:f53b:82e4::/64", "network_id": "d32019d3"}
  ]
}`
