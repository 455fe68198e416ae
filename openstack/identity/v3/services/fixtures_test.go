package services_test

const serviceJSON = `{"service": {"id": "686766", "type": "compute", "name": "nova", "description": "Compute service",
  "enabled": true, "links": {"self": "http://example.com/identity/v3/services/686766"}}}`

const listJSON = `{"links": {"next": null, "previous": null, "self": "http://example.com/identity/v3/services"},
 "services": [
  {"id": "686766", "type": "compute", "name": "nova", "enabled": true, "links": {"self": "http://example.com/identity/v3/services/686766"}},
  {"id": "1cfd2a", "type": "identity", "name": "keystone", "enabled": true, "links": {"self": "http://example.com/identity/v3/services/1cfd2a"}}]}`
