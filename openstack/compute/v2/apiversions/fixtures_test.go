package apiversions_test

// Fixtures written from the Compute API reference (API versions).

// listJSON is GET / (%s is the server URL).
const listJSON = `{
  "versions": [
    {
      "id": "v2.0",
      "links": [{"href": "%sv2/", "rel": "self"}],
      "status": "SUPPORTED",
      "version": "",
      "min_version": "",
      "updated": "2011-01-21T11:33:21Z"
    },
    {
      "id": "v2.1",
      "links": [{"href": "%sv2.1/", "rel": "self"}],
      "status": "CURRENT",
      "version": "2.93",
      "min_version": "2.1",
      "updated": "2013-07-23T11:33:21Z"
    }
  ]
}`

// getJSON is GET /v2.1/.
const getJSON = `{
  "version": {
    "id": "v2.1",
    "links": [
      {"href": "http://openstack.example.com/v2.1/", "rel": "self"},
      {"href": "http://docs.openstack.org/", "rel": "describedby", "type": "text/html"}
    ],
    "media-types": [
      {"base": "application/json", "type": "application/vnd.openstack.compute+json;version=2.1"}
    ],
    "min_version": "2.1",
    "status": "CURRENT",
    "updated": "2013-07-23T11:33:21Z",
    "version": "2.93"
  }
}`
