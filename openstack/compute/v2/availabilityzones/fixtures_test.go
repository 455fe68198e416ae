package availabilityzones_test

// Fixtures written from the Compute API reference (os-availability-zone).

// listJSON is GET /os-availability-zone.
const listJSON = `{
  "availabilityZoneInfo": [
    {"hosts": null, "zoneName": "nova", "zoneState": {"available": true}},
    {"hosts": null, "zoneName": "zone-b", "zoneState": {"available": false}}
  ]
}`

// listDetailJSON is GET /os-availability-zone/detail.
const listDetailJSON = `{
  "availabilityZoneInfo": [
    {
      "hosts": {
        "conductor": {
          "nova-conductor": {"active": true, "available": true, "updated_at": null}
        },
        "scheduler": {
          "nova-scheduler": {"active": true, "available": true, "updated_at": null}
        }
      },
      "zoneName": "internal",
      "zoneState": {"available": true}
    },
    {
      "hosts": {
        "compute": {
          "nova-compute": {"active": true, "available": true, "updated_at": "2012-12-26T14:45:25.000000"}
        }
      },
      "zoneName": "nova",
      "zoneState": {"available": true}
    }
  ]
}`
