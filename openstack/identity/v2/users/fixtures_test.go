package users_test

// Bodies written from the Identity v2.0 admin API reference (users and
// OS-KSADM users).
const createRequest = `{"user": {"name": "jqsmith", "tenantId": "fc394f2ab2df4114bde39905f800dc57",
  "email": "jqsmith@example.org", "enabled": true, "OS-KSADM:password": "secrete"}}`

const userJSON = `{"user": {"id": "u1000", "name": "jqsmith", "username": "jqsmith",
  "tenantId": "fc394f2ab2df4114bde39905f800dc57", "email": "jqsmith@example.org", "enabled": true}}`

const listJSON = `{"users": [
  {"id": "u1000", "name": "jqsmith", "username": "jqsmith", "email": "jqsmith@example.org", "enabled": true},
  {"id": "u1001", "name": "jqsmith2", "username": "jqsmith2", "email": "jqsmith2@example.org", "enabled": false}
 ],
 "users_links": [{"rel": "next", "href": "/users?marker=u1001"}]}`

const lastPageJSON = `{"users": [{"id": "u1002", "name": "svc", "enabled": true}], "users_links": []}`

const rolesJSON = `{"roles": [
  {"id": "9fe2ff9ee4384b1894a90878d3e92bab", "name": "_member_"},
  {"id": "1ea3d56793574b668e85960fbf651e13", "name": "admin", "description": "Administrator"}]}`
