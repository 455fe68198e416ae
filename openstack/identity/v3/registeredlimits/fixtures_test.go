package registeredlimits_test

const registeredLimitJSON = `{"registered_limit": {"id": "773147dd53cd4a17b921d555cf17c633",
  "service_id": "9408080f1970482aa0e38bc2d4ea34b7", "region_id": "RegionOne", "resource_name": "cores",
  "default_limit": 20, "description": "vCPUs per project",
  "links": {"self": "http://example.com/identity/v3/registered_limits/773147dd53cd4a17b921d555cf17c633"}}}`

const createdJSON = `{"registered_limits": [
  {"id": "773147dd53cd4a17b921d555cf17c633", "service_id": "9408080f1970482aa0e38bc2d4ea34b7",
   "region_id": "RegionOne", "resource_name": "cores", "default_limit": 20, "description": "vCPUs per project",
   "links": {"self": "http://example.com/identity/v3/registered_limits/773147dd53cd4a17b921d555cf17c633"}},
  {"id": "e35a965b2b42451d8b2d4ad4a4f2e5f1", "service_id": "9408080f1970482aa0e38bc2d4ea34b7",
   "region_id": null, "resource_name": "ram_mb", "default_limit": -1, "description": null,
   "links": {"self": "http://example.com/identity/v3/registered_limits/e35a965b2b42451d8b2d4ad4a4f2e5f1"}}]}`

const listJSON = `{"links": {"next": null, "previous": null, "self": "http://example.com/identity/v3/registered_limits"},
 "registered_limits": [
  {"id": "773147dd53cd4a17b921d555cf17c633", "service_id": "9408080f1970482aa0e38bc2d4ea34b7",
   "region_id": "RegionOne", "resource_name": "cores", "default_limit": 20, "description": "vCPUs per project",
   "links": {"self": "http://example.com/identity/v3/registered_limits/773147dd53cd4a17b921d555cf17c633"}}]}`
