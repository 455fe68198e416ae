package projects_test

const projectJSON = `{"project": {"description": "My new project", "domain_id": "default",
  "enabled": true, "id": "93ebbcc35335488b96ff9cd7d18cbb2e", "is_domain": false,
  "links": {"self": "http://example.com/identity/v3/projects/93ebbcc35335488b96ff9cd7d18cbb2e"},
  "name": "myNewProject", "parent_id": "default", "tags": ["web"],
  "parents": {"default": null}}}`

const listJSON = `{"links": {"next": null, "previous": null, "self": "http://example.com/identity/v3/projects"},
 "projects": [
  {"is_domain": false, "description": null, "domain_id": "default", "enabled": true, "id": "0c4e939acacf4376bdcd1129f1a054ad",
   "links": {"self": "http://example.com/identity/v3/projects/0c4e939acacf4376bdcd1129f1a054ad"}, "name": "admin", "parent_id": "default", "tags": []},
  {"is_domain": false, "description": null, "domain_id": "default", "enabled": true, "id": "0cbd49cbf76d405d9c86562e1d579bd3",
   "links": {"self": "http://example.com/identity/v3/projects/0cbd49cbf76d405d9c86562e1d579bd3"}, "name": "demo", "parent_id": "default", "tags": ["web"]}]}`
