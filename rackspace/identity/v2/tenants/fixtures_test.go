package tenants_test

// Bodies written from Rackspace's Cloud Identity v2.0 reference (list
// tenants, get tenant by ID or name): an account's compute tenant (the
// account number) and its Cloud Files tenant.

const listJSON = `{
  "tenants": [
    {"id": "1100111", "name": "1100111", "description": "Cloud Servers and Cloud Block Storage", "enabled": true},
    {"id": "MossoCloudFS_929418", "name": "MossoCloudFS_929418", "enabled": true}
  ],
  "tenants_links": []
}`

// rcnListJSON adds a tenant reached through an RCN role.
const rcnListJSON = `{
  "tenants": [
    {"id": "1100111", "name": "1100111", "enabled": true},
    {"id": "MossoCloudFS_929418", "name": "MossoCloudFS_929418", "enabled": true},
    {"id": "2200222", "name": "2200222", "description": "Shared through RCN", "enabled": false}
  ],
  "tenants_links": []
}`

const tenantJSON = `{"tenant": {"id": "1100111", "name": "1100111", "description": "Cloud Servers and Cloud Block Storage", "enabled": true}}`
