package quotasets_test

// Fixtures written from the Compute API reference (quota sets).

const projectID = "6f70656e737461636b20342065766572"

// getJSON is GET /os-quota-sets/{tenant_id} at 2.57 and later.
const getJSON = `{
  "quota_set": {
    "cores": 20,
    "id": "6f70656e737461636b20342065766572",
    "instances": 10,
    "key_pairs": 100,
    "metadata_items": 128,
    "ram": 51200,
    "server_group_members": 10,
    "server_groups": 10
  }
}`

// getLegacyJSON is the same at 2.1: the network and injected-file quotas
// are still there.
const getLegacyJSON = `{
  "quota_set": {
    "cores": 20,
    "fixed_ips": -1,
    "floating_ips": 10,
    "id": "6f70656e737461636b20342065766572",
    "injected_file_content_bytes": 10240,
    "injected_file_path_bytes": 255,
    "injected_files": 5,
    "instances": 10,
    "key_pairs": 100,
    "metadata_items": 128,
    "ram": 51200,
    "security_group_rules": 20,
    "security_groups": 10,
    "server_group_members": 10,
    "server_groups": 10
  }
}`

// detailJSON is GET /os-quota-sets/{tenant_id}/detail at 2.57.
const detailJSON = `{
  "quota_set": {
    "cores": {"in_use": 0, "limit": 20, "reserved": 0},
    "id": "6f70656e737461636b20342065766572",
    "instances": {"in_use": 2, "limit": 10, "reserved": 1},
    "key_pairs": {"in_use": 0, "limit": 100, "reserved": 0},
    "metadata_items": {"in_use": 0, "limit": 128, "reserved": 0},
    "ram": {"in_use": 1024, "limit": 51200, "reserved": 0},
    "server_group_members": {"in_use": 0, "limit": 10, "reserved": 0},
    "server_groups": {"in_use": 0, "limit": 10, "reserved": 0}
  }
}`

// updateRequestJSON is the body of PUT /os-quota-sets/{tenant_id}.
const updateRequestJSON = `{"quota_set": {"force": true, "instances": 45, "cores": -1}}`

// updateJSON is its answer: every quota, no id.
const updateJSON = `{
  "quota_set": {
    "cores": -1,
    "instances": 45,
    "key_pairs": 100,
    "metadata_items": 128,
    "ram": 51200,
    "server_group_members": 10,
    "server_groups": 10
  }
}`
