package volumeattach_test

// Fixtures written from the Compute API reference (os-volume_attachments).

const (
	serverID = "4d8c3732-a248-40ed-bebc-539a6ffd25c0"
	volumeID = "a26887c6-c47b-4654-abb5-dfadf7d3f803"
)

// listJSON is GET /servers/{id}/os-volume_attachments at microversion 2.79.
const listJSON = `{
  "volumeAttachments": [
    {
      "delete_on_termination": false,
      "device": "/dev/sdc",
      "id": "227cc671-f30b-4488-96fd-7d0bf13648d8",
      "serverId": "4d8c3732-a248-40ed-bebc-539a6ffd25c0",
      "tag": null,
      "volumeId": "227cc671-f30b-4488-96fd-7d0bf13648d8"
    },
    {
      "delete_on_termination": true,
      "device": "/dev/sdb",
      "id": "a26887c6-c47b-4654-abb5-dfadf7d3f803",
      "serverId": "4d8c3732-a248-40ed-bebc-539a6ffd25c0",
      "tag": "foo",
      "volumeId": "a26887c6-c47b-4654-abb5-dfadf7d3f803"
    }
  ]
}`

// createRequestJSON is the body Create sends with every option (2.79).
const createRequestJSON = `{
  "volumeAttachment": {
    "volumeId": "a26887c6-c47b-4654-abb5-dfadf7d3f803",
    "device": "/dev/sdb",
    "tag": "foo",
    "delete_on_termination": true
  }
}`

// attachmentJSON is the answer to Create and Get at microversion 2.79.
const attachmentJSON = `{
  "volumeAttachment": {
    "delete_on_termination": true,
    "device": "/dev/sdb",
    "id": "a26887c6-c47b-4654-abb5-dfadf7d3f803",
    "serverId": "4d8c3732-a248-40ed-bebc-539a6ffd25c0",
    "tag": "foo",
    "volumeId": "a26887c6-c47b-4654-abb5-dfadf7d3f803"
  }
}`

// attachment289JSON is Get at microversion 2.89: no id, attachment and BDM
// IDs instead.
const attachment289JSON = `{
  "volumeAttachment": {
    "attachment_id": "979ce4f8-033a-409d-85e6-6b5c0f6a6302",
    "bdm_uuid": "c088db45-92b8-49e8-81e2-a1b77a144b3b",
    "delete_on_termination": true,
    "device": "/dev/sdb",
    "serverId": "4d8c3732-a248-40ed-bebc-539a6ffd25c0",
    "tag": "foo",
    "volumeId": "a26887c6-c47b-4654-abb5-dfadf7d3f803"
  }
}`
