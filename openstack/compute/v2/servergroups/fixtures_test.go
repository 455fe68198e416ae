package servergroups_test

// Fixtures written from the Compute API reference (os-server-groups).

// listOldJSON is GET /os-server-groups at microversion 2.13.
const listOldJSON = `{
  "server_groups": [
    {
      "id": "616fb98f-46ca-475e-917e-2563e5a8cd19",
      "name": "test",
      "policies": ["anti-affinity"],
      "members": [],
      "metadata": {},
      "project_id": "6f70656e737461636b20342065766572",
      "user_id": "fake"
    },
    {
      "id": "4d8c3732-a248-40ed-bebc-539a6ffd25c0",
      "name": "test2",
      "policies": ["affinity"],
      "members": ["2ad1c3b1-7b6c-4c5b-9a39-7a0e3b6c1b2a", "8e0c1a4a-1c1d-4b2e-9d4e-1f0a9f3a2c3b"],
      "metadata": {},
      "project_id": "6f70656e737461636b20342065766572",
      "user_id": "fake"
    }
  ]
}`

// listNewJSON is GET /os-server-groups at microversion 2.64.
const listNewJSON = `{
  "server_groups": [
    {
      "id": "616fb98f-46ca-475e-917e-2563e5a8cd19",
      "name": "test",
      "policy": "anti-affinity",
      "rules": {"max_server_per_host": 3},
      "members": [],
      "project_id": "6f70656e737461636b20342065766572",
      "user_id": "fake"
    }
  ]
}`

// getOldJSON is GET /os-server-groups/{id} at microversion 2.1.
const getOldJSON = `{
  "server_group": {
    "id": "616fb98f-46ca-475e-917e-2563e5a8cd19",
    "name": "test",
    "policies": ["anti-affinity"],
    "members": [],
    "metadata": {}
  }
}`

// getNewJSON is the same group at microversion 2.64.
const getNewJSON = `{
  "server_group": {
    "id": "616fb98f-46ca-475e-917e-2563e5a8cd19",
    "name": "test",
    "policy": "anti-affinity",
    "rules": {"max_server_per_host": 3},
    "members": [],
    "project_id": "6f70656e737461636b20342065766572",
    "user_id": "fake"
  }
}`

// createOldRequestJSON and createNewRequestJSON are the bodies Create sends.
const createOldRequestJSON = `{"server_group": {"name": "test", "policies": ["anti-affinity"]}}`

const createNewRequestJSON = `{"server_group": {"name": "test", "policy": "anti-affinity", "rules": {"max_server_per_host": 3}}}`
