package instanceactions_test

// Fixtures written from the Compute API reference (servers actions).

const serverID = "4bf3473b-d550-4b65-9409-292d44ab14a2"

// listPage1JSON is GET /servers/{server_id}/os-instance-actions?limit=1 at
// 2.58: a full page with a next link (%s is the server URL).
const listPage1JSON = `{
  "instanceActions": [
    {
      "action": "stop",
      "instance_uuid": "4bf3473b-d550-4b65-9409-292d44ab14a2",
      "message": null,
      "project_id": "6f70656e737461636b20342065766572",
      "request_id": "req-f04d4b92-6241-42da-b82d-2cedb225c58d",
      "start_time": "2018-04-25T01:26:36.036697",
      "updated_at": "2018-04-25T01:26:36.539327",
      "user_id": "admin"
    }
  ],
  "links": [
    {"href": "%sservers/4bf3473b-d550-4b65-9409-292d44ab14a2/os-instance-actions?limit=1&marker=req-f04d4b92-6241-42da-b82d-2cedb225c58d", "rel": "next"}
  ]
}`

// listPage2JSON is the last page: no links.
const listPage2JSON = `{
  "instanceActions": [
    {
      "action": "create",
      "instance_uuid": "4bf3473b-d550-4b65-9409-292d44ab14a2",
      "message": null,
      "project_id": "6f70656e737461636b20342065766572",
      "request_id": "req-0d819d5c-1527-4669-bdf0-ffad31b5105b",
      "start_time": "2018-04-25T01:26:29.092892",
      "updated_at": "2018-04-25T01:26:35.993707",
      "user_id": "admin"
    }
  ]
}`

// getJSON is GET /servers/{server_id}/os-instance-actions/{request_id} at
// 2.84, as an admin.
const getJSON = `{
  "instanceAction": {
    "action": "stop",
    "events": [
      {
        "event": "compute_stop_instance",
        "finish_time": "2018-04-25T01:26:36.790544",
        "host": "compute",
        "hostId": "2091634baaccdc4c5a1d57069c833e402921df696b7f970791b12ec6",
        "result": "Success",
        "start_time": "2018-04-25T01:26:36.539327",
        "traceback": null,
        "details": null
      }
    ],
    "instance_uuid": "4bf3473b-d550-4b65-9409-292d44ab14a2",
    "message": null,
    "project_id": "6f70656e737461636b20342065766572",
    "request_id": "req-f04d4b92-6241-42da-b82d-2cedb225c58d",
    "start_time": "2018-04-25T01:26:36.036697",
    "updated_at": "2018-04-25T01:26:36.790544",
    "user_id": "admin"
  }
}`
