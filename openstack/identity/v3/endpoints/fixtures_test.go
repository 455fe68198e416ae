package endpoints_test

const endpointJSON = `{"endpoint": {"id": "e9b475", "interface": "public", "region_id": "RegionOne", "region": "RegionOne",
  "service_id": "686766", "url": "http://example.com/compute/v2.1", "enabled": true,
  "links": {"self": "http://example.com/identity/v3/endpoints/e9b475"}}}`

const listJSON = `{"links": {"next": null, "previous": null, "self": "http://example.com/identity/v3/endpoints"},
 "endpoints": [
  {"id": "e9b475", "interface": "public", "region_id": "RegionOne", "service_id": "686766", "url": "http://example.com/compute/v2.1",
   "enabled": true, "links": {"self": "http://example.com/identity/v3/endpoints/e9b475"}},
  {"id": "3eac9e", "interface": "internal", "region_id": "RegionOne", "service_id": "686766", "url": "http://10.0.0.1/compute/v2.1",
   "enabled": true, "links": {"self": "http://example.com/identity/v3/endpoints/3eac9e"}}]}`
