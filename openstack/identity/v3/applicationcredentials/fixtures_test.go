package applicationcredentials_test

const credJSON = `{"application_credential": {"id": "aa809205", "name": "monitoring", "description": "Monitoring agent",
  "project_id": "263fd9", "expires_at": "2027-01-01T00:00:00.000000", "unrestricted": false,
  "secret": "rEaqvJka48mpv", "roles": [{"id": "1e443f", "name": "reader", "domain_id": null}],
  "access_rules": [{"id": "07d719", "path": "/v2.1/servers", "method": "GET", "service": "compute"}],
  "links": {"self": "http://example.com/identity/v3/users/9fe1d3/application_credentials/aa809205"}}}`

const listJSON = `{"links": {"next": null, "previous": null, "self": "http://example.com/identity/v3/users/9fe1d3/application_credentials"},
 "application_credentials": [
  {"id": "aa809205", "name": "monitoring", "description": null, "project_id": "263fd9", "expires_at": null,
   "unrestricted": false, "roles": [{"id": "1e443f", "name": "reader", "domain_id": null}], "access_rules": [],
   "links": {"self": "http://example.com/identity/v3/users/9fe1d3/application_credentials/aa809205"}}]}`

const ruleJSON = `{"access_rule": {"id": "07d719", "path": "/v2.1/servers", "method": "GET", "service": "compute",
  "links": {"self": "http://example.com/identity/v3/users/9fe1d3/access_rules/07d719"}}}`

const rulesJSON = `{"links": {"next": null, "previous": null, "self": "http://example.com/identity/v3/users/9fe1d3/access_rules"},
 "access_rules": [{"id": "07d719", "path": "/v2.1/servers", "method": "GET", "service": "compute",
  "links": {"self": "http://example.com/identity/v3/users/9fe1d3/access_rules/07d719"}}]}`
