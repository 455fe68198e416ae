package policies_test

const policyJSON = `{"policy": {"id": "b49884da9d31494ea02aff38d4b4e701", "type": "application/json",
  "blob": "{\"compute:get_all\": \"role:reader\", \"default\": \"rule:admin_required\"}",
  "links": {"self": "http://example.com/identity/v3/policies/b49884da9d31494ea02aff38d4b4e701"}}}`

const listJSON = `{"links": {"next": null, "previous": null, "self": "http://example.com/identity/v3/policies"},
 "policies": [
  {"id": "b49884da9d31494ea02aff38d4b4e701", "type": "application/json",
   "blob": "{\"default\": \"rule:admin_required\"}",
   "links": {"self": "http://example.com/identity/v3/policies/b49884da9d31494ea02aff38d4b4e701"}},
  {"id": "717273d5a0a14c0c9b5b3e3b3c7f7a2e", "type": "application/json",
   "blob": "{\"volume:create\": \"\"}",
   "links": {"self": "http://example.com/identity/v3/policies/717273d5a0a14c0c9b5b3e3b3c7f7a2e"}}]}`
