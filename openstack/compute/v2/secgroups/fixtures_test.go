package secgroups_test

// Fixtures written from the Compute API reference, "Security groups
// (os-security-groups) (DEPRECATED)" and "Rules for default security
// group (os-security-group-rules)".

// getJSON is GET /os-security-groups/{id}.
const getJSON = `{
  "security_group": {
    "description": "default",
    "id": "85cc3048-abc3-43cc-89b3-377341426ac5",
    "name": "default",
    "rules": [
      {
        "from_port": 22,
        "group": {},
        "id": "6ee7ec8c-0f4c-4e1c-9c0b-d8a0e4b2b7c1",
        "ip_protocol": "tcp",
        "ip_range": {"cidr": "10.0.0.0/24"},
        "parent_group_id": "85cc3048-abc3-43cc-89b3-377341426ac5",
        "to_port": 22
      }
    ],
    "tenant_id": "6f70656e737461636b20342065766572"
  }
}`

// listJSON is GET /os-security-groups.
const listJSON = `{
  "security_groups": [
    {
      "description": "default",
      "id": "85cc3048-abc3-43cc-89b3-377341426ac5",
      "name": "default",
      "rules": [],
      "tenant_id": "6f70656e737461636b20342065766572"
    },
    {
      "description": "web",
      "id": "a3b3d6e2-4f39-4e3f-8d54-0a5c7e1b9f00",
      "name": "web",
      "rules": [
        {
          "from_port": null,
          "group": {"name": "default", "tenant_id": "6f70656e737461636b20342065766572"},
          "id": "0c1e2f3a-4b5c-6d7e-8f90-a1b2c3d4e5f6",
          "ip_protocol": null,
          "ip_range": {},
          "parent_group_id": "a3b3d6e2-4f39-4e3f-8d54-0a5c7e1b9f00",
          "to_port": null
        }
      ],
      "tenant_id": "6f70656e737461636b20342065766572"
    }
  ]
}`

// createRequestJSON is the body of POST /os-security-groups.
const createRequestJSON = `{"security_group": {"name": "default", "description": "default"}}`

// updateRequestJSON is the body of PUT /os-security-groups/{id}.
const updateRequestJSON = `{"security_group": {"name": "mysecgroup", "description": "my security group"}}`

// createRuleRequestJSON is the body of POST /os-security-group-rules.
const createRuleRequestJSON = `{
  "security_group_rule": {
    "parent_group_id": "85cc3048-abc3-43cc-89b3-377341426ac5",
    "ip_protocol": "tcp",
    "from_port": 22,
    "to_port": 22,
    "cidr": "10.0.0.0/24"
  }
}`

// createRuleJSON is the answer to POST /os-security-group-rules.
const createRuleJSON = `{
  "security_group_rule": {
    "from_port": 22,
    "group": {},
    "id": "6ee7ec8c-0f4c-4e1c-9c0b-d8a0e4b2b7c1",
    "ip_protocol": "tcp",
    "ip_range": {"cidr": "10.0.0.0/24"},
    "parent_group_id": "85cc3048-abc3-43cc-89b3-377341426ac5",
    "to_port": 22
  }
}`

// addRequestJSON and removeRequestJSON are bodies of POST
// /servers/{id}/action.
const (
	addRequestJSON    = `{"addSecurityGroup": {"name": "test"}}`
	removeRequestJSON = `{"removeSecurityGroup": {"name": "test"}}`
)
