package users_test

const userJSON = `{"user": {"default_project_id": "263fd9", "domain_id": "default", "enabled": true,
  "id": "9fe1d3", "name": "alice", "description": "Ops engineer", "password_expires_at": "2026-12-31T23:59:59.000000",
  "options": {"ignore_password_expiry": true},
  "links": {"self": "http://example.com/identity/v3/users/9fe1d3"}}}`

const listJSON = `{"links": {"next": null, "previous": null, "self": "http://example.com/identity/v3/users"},
 "users": [
  {"domain_id": "default", "enabled": true, "id": "2844b2", "name": "admin", "password_expires_at": null,
   "links": {"self": "http://example.com/identity/v3/users/2844b2"}, "options": {}},
  {"domain_id": "default", "enabled": true, "id": "9fe1d3", "name": "alice", "password_expires_at": null,
   "links": {"self": "http://example.com/identity/v3/users/9fe1d3"}, "options": {}}]}`

const groupsJSON = `{"links": {"next": null, "previous": null, "self": "http://example.com/identity/v3/users/9fe1d3/groups"},
 "groups": [{"description": "Operators", "domain_id": "default", "id": "ea167b", "name": "ops",
   "links": {"self": "http://example.com/identity/v3/groups/ea167b"}}]}`

const projectsJSON = `{"links": {"next": null, "previous": null, "self": "http://example.com/identity/v3/users/9fe1d3/projects"},
 "projects": [{"description": "web", "domain_id": "default", "enabled": true, "id": "263fd9", "is_domain": false,
   "name": "web", "parent_id": "default", "links": {"self": "http://example.com/identity/v3/projects/263fd9"}}]}`
