package roles_test

const roleJSON = `{"role": {"id": "1e443f", "name": "reader", "domain_id": null, "description": "Read only",
  "options": {}, "links": {"self": "http://example.com/identity/v3/roles/1e443f"}}}`

const listJSON = `{"links": {"next": null, "previous": null, "self": "http://example.com/identity/v3/roles"},
 "roles": [
  {"id": "5318e6", "name": "admin", "domain_id": null, "options": {"immutable": true},
   "links": {"self": "http://example.com/identity/v3/roles/5318e6"}},
  {"id": "1e443f", "name": "reader", "domain_id": null, "options": {},
   "links": {"self": "http://example.com/identity/v3/roles/1e443f"}}]}`

const assignmentsJSON = `{"links": {"next": null, "previous": null, "self": "http://example.com/identity/v3/role_assignments?effective&include_names"},
 "role_assignments": [
  {"role": {"id": "1e443f", "name": "reader"},
   "user": {"id": "9fe1d3", "name": "alice", "domain": {"id": "default", "name": "Default"}},
   "scope": {"project": {"id": "263fd9", "name": "web", "domain": {"id": "default", "name": "Default"}}},
   "links": {"assignment": "http://example.com/identity/v3/projects/263fd9/groups/ea167b/roles/1e443f",
             "membership": "http://example.com/identity/v3/groups/ea167b/users/9fe1d3"}},
  {"role": {"id": "5318e6", "name": "admin"},
   "group": {"id": "ea167b", "name": "ops", "domain": {"id": "default", "name": "Default"}},
   "scope": {"system": {"all": true}},
   "links": {"assignment": "http://example.com/identity/v3/system/groups/ea167b/roles/5318e6"}}]}`

const inferenceJSON = `{"role_inference": {
  "prior_role": {"id": "5318e6", "name": "admin", "links": {"self": "http://example.com/identity/v3/roles/5318e6"}},
  "implies": [{"id": "1e443f", "name": "reader", "links": {"self": "http://example.com/identity/v3/roles/1e443f"}}]},
 "links": {"self": "http://example.com/identity/v3/roles/5318e6/implies"}}`

const implicationJSON = `{"role_inference": {
  "prior_role": {"id": "5318e6", "name": "admin", "links": {"self": "http://example.com/identity/v3/roles/5318e6"}},
  "implies": {"id": "1e443f", "name": "reader", "links": {"self": "http://example.com/identity/v3/roles/1e443f"}}},
 "links": {"self": "http://example.com/identity/v3/roles/5318e6/implies/1e443f"}}`

const inheritedAssignmentsJSON = `{"links": {"next": null, "previous": null,
  "self": "http://example.com/identity/v3/role_assignments?scope.OS-INHERIT:inherited_to=projects"},
 "role_assignments": [
  {"role": {"id": "1e443f"}, "user": {"id": "9fe1d3"},
   "scope": {"domain": {"id": "a99e9b"}, "OS-INHERIT:inherited_to": "projects"},
   "links": {"assignment": "http://example.com/identity/v3/OS-INHERIT/domains/a99e9b/users/9fe1d3/roles/1e443f/inherited_to_projects"}}]}`

const inheritedRolesJSON = `{"roles": [
  {"id": "1e443f", "name": "reader", "domain_id": null,
   "links": {"self": "http://example.com/identity/v3/roles/1e443f"}}],
 "links": {"next": null, "previous": null,
  "self": "http://example.com/identity/v3/OS-INHERIT/domains/a99e9b/users/9fe1d3/roles/inherited_to_projects"}}`
