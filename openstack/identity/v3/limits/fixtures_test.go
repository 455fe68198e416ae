package limits_test

const limitJSON = `{"limit": {"id": "25a04c7a065c430590881c646cdcdd58",
  "project_id": "3a705b9f56bb439381b43c4fe59dccce", "domain_id": null,
  "service_id": "9408080f1970482aa0e38bc2d4ea34b7", "region_id": "RegionOne", "resource_name": "cores",
  "resource_limit": 40, "description": "burst project",
  "links": {"self": "http://example.com/identity/v3/limits/25a04c7a065c430590881c646cdcdd58"}}}`

const createdJSON = `{"limits": [
  {"id": "25a04c7a065c430590881c646cdcdd58", "project_id": "3a705b9f56bb439381b43c4fe59dccce", "domain_id": null,
   "service_id": "9408080f1970482aa0e38bc2d4ea34b7", "region_id": "RegionOne", "resource_name": "cores",
   "resource_limit": 40, "description": "burst project",
   "links": {"self": "http://example.com/identity/v3/limits/25a04c7a065c430590881c646cdcdd58"}},
  {"id": "f1a7c0bb2f3a4d0b9c8e6d5f4a3b2c1d", "project_id": null, "domain_id": "default",
   "service_id": "9408080f1970482aa0e38bc2d4ea34b7", "region_id": null, "resource_name": "ram_mb",
   "resource_limit": 102400, "description": null,
   "links": {"self": "http://example.com/identity/v3/limits/f1a7c0bb2f3a4d0b9c8e6d5f4a3b2c1d"}}]}`

const listJSON = `{"links": {"next": null, "previous": null, "self": "http://example.com/identity/v3/limits"},
 "limits": [
  {"id": "25a04c7a065c430590881c646cdcdd58", "project_id": "3a705b9f56bb439381b43c4fe59dccce", "domain_id": null,
   "service_id": "9408080f1970482aa0e38bc2d4ea34b7", "region_id": "RegionOne", "resource_name": "cores",
   "resource_limit": 40, "description": "burst project",
   "links": {"self": "http://example.com/identity/v3/limits/25a04c7a065c430590881c646cdcdd58"}}]}`

const modelJSON = `{"model": {"name": "flat",
  "description": "Limit enforcement and validation does not take project hierarchy into consideration."}}`
