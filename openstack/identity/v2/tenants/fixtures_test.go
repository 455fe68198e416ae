package tenants_test

// Bodies written from the Identity v2.0 reference (list tenants) and its
// admin API (OS-KSADM tenants, users on a tenant); the next links are
// relative so that they resolve against the fake server.

const listJSON = `{
  "tenants": [
    {"id": "fc394f2ab2df4114bde39905f800dc57", "name": "demo", "description": "Demo tenant", "enabled": true},
    {"id": "3ab0ec8b0c2b46c4b6d8e9f2b1a6a4d1", "name": "iron-works", "description": null, "enabled": false}
  ],
  "tenants_links": [
    {"rel": "next", "href": "/tenants?limit=2&marker=3ab0ec8b0c2b46c4b6d8e9f2b1a6a4d1"}
  ]
}`

const lastPageJSON = `{
  "tenants": [
    {"id": "8d41b0c1c2884b0f9a5e5c0d1e2f3a4b", "name": "service", "enabled": true}
  ],
  "tenants_links": []
}`

const createRequest = `{"tenant": {"name": "acme", "description": "ACME Corp", "enabled": true}}`

const tenantJSON = `{"tenant": {"id": "1234ab5c6d7e4f80912a3b4c5d6e7f80", "name": "acme", "description": "ACME Corp", "enabled": true}}`

// usersJSON is GET /v2.0/tenants/{id}/users: the users with a role there.
const usersJSON = `{
  "users": [
    {"id": "u1000", "name": "jqsmith", "username": "jqsmith", "email": "jqsmith@example.org", "enabled": true, "tenantId": "1234ab5c6d7e4f80912a3b4c5d6e7f80"},
    {"id": "u1001", "name": "admin", "username": "admin", "email": null, "enabled": true}
  ],
  "users_links": []
}`
