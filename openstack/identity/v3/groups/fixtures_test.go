package groups_test

const groupJSON = `{"group": {"description": "Operators", "domain_id": "default",
  "id": "96372bbb152f475aa37e9a76a25a029c", "name": "ops",
  "links": {"self": "http://example.com/identity/v3/groups/96372bbb152f475aa37e9a76a25a029c"}}}`

const listJSON = `{"links": {"next": null, "previous": null, "self": "http://example.com/identity/v3/groups"},
 "groups": [
  {"description": "Developers", "domain_id": "default", "id": "9fe1d3", "name": "devs",
   "links": {"self": "http://example.com/identity/v3/groups/9fe1d3"}},
  {"description": "Operators", "domain_id": "default", "id": "96372bbb152f475aa37e9a76a25a029c", "name": "ops",
   "links": {"self": "http://example.com/identity/v3/groups/96372bbb152f475aa37e9a76a25a029c"}}]}`
