package aggregates_test

// Fixtures written from the Compute API reference (host aggregates, 2.41).

// getJSON is GET /os-aggregates/{aggregate_id}.
const getJSON = `{
  "aggregate": {
    "availability_zone": "london",
    "created_at": "2016-12-27T23:47:32.911515",
    "deleted": false,
    "deleted_at": null,
    "hosts": ["compute"],
    "id": 1,
    "metadata": {"availability_zone": "london"},
    "name": "name",
    "updated_at": null,
    "uuid": "6ba28ba7-f29b-45cc-a30b-6e3a40c2fb14"
  }
}`

// listJSON is GET /os-aggregates.
const listJSON = `{
  "aggregates": [
    {
      "availability_zone": "london",
      "created_at": "2016-12-27T23:47:32.911515",
      "deleted": false,
      "deleted_at": null,
      "hosts": ["compute"],
      "id": 1,
      "metadata": {"availability_zone": "london"},
      "name": "name",
      "updated_at": null,
      "uuid": "6ba28ba7-f29b-45cc-a30b-6e3a40c2fb14"
    },
    {
      "availability_zone": null,
      "created_at": "2016-12-28T10:00:00.000000",
      "deleted": false,
      "deleted_at": null,
      "hosts": [],
      "id": 2,
      "metadata": {},
      "name": "ssd",
      "updated_at": null,
      "uuid": "4ad0b9b0-2c39-4d5f-a2b6-4d9d7f1c1e11"
    }
  ]
}`

// createRequestJSON is the body of POST /os-aggregates.
const createRequestJSON = `{"aggregate": {"name": "name", "availability_zone": "london"}}`

// updateRequestJSON is the body of PUT /os-aggregates/{id}.
const updateRequestJSON = `{"aggregate": {"name": "newname"}}`

// addHostRequestJSON, removeHostRequestJSON and setMetadataRequestJSON are
// bodies of POST /os-aggregates/{id}/action.
const (
	addHostRequestJSON     = `{"add_host": {"host": "compute"}}`
	removeHostRequestJSON  = `{"remove_host": {"host": "compute"}}`
	setMetadataRequestJSON = `{"set_metadata": {"metadata": {"key": "value", "old": null}}}`
)
