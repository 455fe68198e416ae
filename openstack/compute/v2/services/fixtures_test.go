package services_test

// Fixtures written from the Compute API reference (compute services).

// listJSON is GET /os-services at 2.53: UUID IDs.
const listJSON = `{
  "services": [
    {
      "id": "4c8e2a13-2c1f-4a0e-9e5e-3a8f6a0c2d11",
      "binary": "nova-scheduler",
      "disabled_reason": "test1",
      "host": "host1",
      "state": "up",
      "status": "disabled",
      "updated_at": "2012-10-29T13:42:02.000000",
      "forced_down": false,
      "zone": "internal"
    },
    {
      "id": "e81d66a4-ddd3-4aba-8a84-171d1cb4d339",
      "binary": "nova-compute",
      "disabled_reason": null,
      "host": "host1",
      "state": "up",
      "status": "enabled",
      "updated_at": "2012-10-29T13:42:05.000000",
      "forced_down": false,
      "zone": "nova"
    }
  ]
}`

// listLegacyJSON is GET /os-services at 2.1: integer IDs.
const listLegacyJSON = `{
  "services": [
    {
      "id": 1,
      "binary": "nova-scheduler",
      "disabled_reason": "test1",
      "host": "host1",
      "state": "up",
      "status": "disabled",
      "updated_at": "2012-10-29T13:42:02.000000",
      "zone": "internal"
    }
  ]
}`

// updateRequestJSON is the body of PUT /os-services/{service_id} at 2.53.
const updateRequestJSON = `{"status": "disabled", "disabled_reason": "maintenance"}`

// updateJSON is its answer.
const updateJSON = `{
  "service": {
    "id": "e81d66a4-ddd3-4aba-8a84-171d1cb4d339",
    "binary": "nova-compute",
    "disabled_reason": "maintenance",
    "host": "host1",
    "state": "up",
    "status": "disabled",
    "updated_at": "2012-10-29T13:42:05.000000",
    "forced_down": false,
    "zone": "nova"
  }
}`
