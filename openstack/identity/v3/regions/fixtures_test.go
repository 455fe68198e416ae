package regions_test

const regionJSON = `{"region": {"id": "RegionTwo", "description": "Second site", "parent_region_id": "RegionOne",
  "links": {"self": "http://example.com/identity/v3/regions/RegionTwo"}}}`

const listJSON = `{"links": {"next": null, "previous": null, "self": "http://example.com/identity/v3/regions"},
 "regions": [
  {"id": "RegionOne", "description": "", "parent_region_id": null, "links": {"self": "http://example.com/identity/v3/regions/RegionOne"}},
  {"id": "RegionTwo", "description": "Second site", "parent_region_id": "RegionOne", "links": {"self": "http://example.com/identity/v3/regions/RegionTwo"}}]}`
