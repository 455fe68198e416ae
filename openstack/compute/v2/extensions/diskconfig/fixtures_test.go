package diskconfig_test

// Fixtures written from the Compute API reference (servers).

// getServerJSON is GET /servers/{id}, abridged to what the tests read.
const getServerJSON = `{
  "server": {
    "id": "9168b536-cd40-4630-b43f-b259807c6e87",
    "name": "new-server-test",
    "status": "ACTIVE",
    "OS-DCF:diskConfig": "AUTO",
    "flavor": {"id": "1"},
    "image": {"id": "70a599e0-31e7-49b7-b260-868f441e862b"},
    "metadata": {"My Server Name": "Apache1"},
    "tenant_id": "6f70656e737461636b20342065766572",
    "user_id": "fake"
  }
}`

// createServerJSON is the 202 answer to POST /servers.
const createServerJSON = `{
  "server": {
    "OS-DCF:diskConfig": "MANUAL",
    "adminPass": "6NpUwoz2QDRN",
    "id": "f5dc173b-6804-445a-a6d8-c705dad5b5eb",
    "links": [],
    "security_groups": [{"name": "default"}]
  }
}`
