package tags_test

// Fixtures written from the Compute API reference (server tags, 2.26).

const serverID = "8f2e5c1a-6c0e-4d7b-9a57-3b1c2d4e5f60"

// listJSON is GET /servers/{server_id}/tags.
const listJSON = `{"tags": ["tag1", "tag2"]}`

// replaceRequestJSON is the body of PUT /servers/{server_id}/tags.
const replaceRequestJSON = `{"tags": ["tag3", "tag4"]}`

// replaceJSON is the answer to it.
const replaceJSON = `{"tags": ["tag3", "tag4"]}`
