package roles_test

// Bodies written from the Identity v2.0 OS-KSADM roles reference; the next
// link is relative so that it resolves against the fake server.
const listJSON = `{
  "roles": [
    {"id": "9fe2ff9ee4384b1894a90878d3e92bab", "name": "_member_", "description": "Default role for project membership"},
    {"id": "1ea3d56793574b668e85960fbf651e13", "name": "admin", "serviceId": "0eca77c4ae3a4a4b8b2d9ab1a6f2b4f1"}
  ],
  "roles_links": [
    {"rel": "next", "href": "/OS-KSADM/roles?marker=1ea3d56793574b668e85960fbf651e13"}
  ]
}`

const lastPageJSON = `{
  "roles": [
    {"id": "c2e2f1ba3e5b4d5f9a9e0a6e5f1b1c0d", "name": "ResellerAdmin"}
  ],
  "roles_links": []
}`

const globalRolesJSON = `{"roles": [{"id": "8341d3603a1d4d5985bff09f10704d4d", "name": "service"}, {"id": "2e66d57df76946fdbe034bc4da6fdec0", "name": "admin"}]}`

// Keystone answered a grant with the role it granted.
const grantedJSON = `{"role": {"id": "9fe2ff9ee4384b1894a90878d3e92bab", "name": "_member_"}}`
