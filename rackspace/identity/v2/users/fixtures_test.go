package users_test

// Bodies shaped as Rackspace's Cloud Identity users reference shows them.
const createRequest = `{"user": {"username": "jqsmith", "email": "john.smith@example.org", "enabled": true, "RAX-AUTH:defaultRegion": "ORD"}}`

const createResponse = `{
  "user": {
    "RAX-AUTH:defaultRegion": "ORD",
    "RAX-AUTH:domainId": "5830280",
    "id": "123456",
    "enabled": true,
    "username": "jqsmith",
    "email": "john.smith@example.org",
    "OS-KSADM:password": "securePassword2"
  }
}`

const getResponse = `{
  "user": {
    "RAX-AUTH:defaultRegion": "ORD",
    "RAX-AUTH:domainId": "5830280",
    "id": "123456",
    "enabled": true,
    "username": "jqsmith",
    "email": "john.smith@example.org",
    "created": "2012-03-26T10:44:51.000-05:00",
    "updated": "2013-02-11T17:24:32.000-06:00"
  }
}`

const listResponse = `{
  "users": [
    {"RAX-AUTH:defaultRegion": "DFW", "RAX-AUTH:domainId": "5830280", "id": "10040551", "enabled": true, "username": "admin", "email": "admin@example.org"},
    {"RAX-AUTH:defaultRegion": "ORD", "RAX-AUTH:domainId": "5830280", "id": "123456", "enabled": false, "username": "jqsmith", "email": "john.smith@example.org"}
  ]
}`

const apiKeyResponse = `{"RAX-KSKEY:apiKeyCredentials": {"username": "jqsmith", "apiKey": "aaaaa-bbbbb-ccccc-12345678"}}`
