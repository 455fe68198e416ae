package groups_test

// Fixtures written from the Networking API reference (security groups).

const groupJSON = `{
  "security_group": {
    "description": "default",
    "id": "85cc3048-abc3-43cc-89b3-377341426ac5",
    "name": "default",
    "security_group_rules": [
      {
        "direction": "egress", "ethertype": "IPv6", "id": "3c0e45ff-adaf-4124-b083-bf390e5482ff",
        "port_range_max": null, "port_range_min": null, "protocol": null, "remote_group_id": null,
        "remote_ip_prefix": null, "security_group_id": "85cc3048-abc3-43cc-89b3-377341426ac5",
        "project_id": "e4f50856753b4dc6afee5fa6b9b6c550", "revision_number": 1,
        "tenant_id": "e4f50856753b4dc6afee5fa6b9b6c550", "description": ""
      }
    ],
    "project_id": "e4f50856753b4dc6afee5fa6b9b6c550",
    "revision_number": 4,
    "tags": ["tag1,tag2"],
    "tenant_id": "e4f50856753b4dc6afee5fa6b9b6c550",
    "created_at": "2018-03-19T19:16:56Z",
    "updated_at": "2018-03-19T19:16:56Z",
    "stateful": true,
    "shared": false
  }
}`
