package apiversions_test

// versionsJSON is the version list, as in the Networking API reference
// (list API versions).
const versionsJSON = `{"versions": [{"status": "CURRENT", "id": "v2.0", "links": [{"href": "http://23.253.228.211:9696/v2.0/", "rel": "self"}]}]}`

// resourcesJSON is the v2.0 resource list (show API v2.0 details).
const resourcesJSON = `{"resources": [
	{"links": [{"href": "http://23.253.228.211:9696/v2.0/subnets", "rel": "self"}], "name": "subnet", "collection": "subnets"},
	{"links": [{"href": "http://23.253.228.211:9696/v2.0/networks", "rel": "self"}], "name": "network", "collection": "networks"},
	{"links": [{"href": "http://23.253.228.211:9696/v2.0/ports", "rel": "self"}], "name": "port", "collection": "ports"}]}`
