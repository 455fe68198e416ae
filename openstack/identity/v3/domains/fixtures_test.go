package domains_test

const domainJSON = `{"domain": {"description": "Owns users and projects on Acme",
  "enabled": true, "id": "161718", "links": {"self": "http://example.com/identity/v3/domains/161718"},
  "name": "acme", "tags": []}}`

const listJSON = `{"domains": [
  {"description": "The default domain", "enabled": true, "id": "default",
   "links": {"self": "http://example.com/identity/v3/domains/default"}, "name": "Default", "tags": []},
  {"description": "Owns users and projects on Acme", "enabled": false, "id": "161718",
   "links": {"self": "http://example.com/identity/v3/domains/161718"}, "name": "acme", "tags": []}],
 "links": {"self": "http://example.com/identity/v3/domains", "previous": null, "next": null}}`
