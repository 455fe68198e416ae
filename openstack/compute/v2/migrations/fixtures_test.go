package migrations_test

// Fixtures written from the Compute API reference (migrations and server
// migrations).

const serverID = "4cfba335-03d8-49b2-8c52-e69043d1e8fe"

// listPage1JSON is GET /os-migrations?limit=1 at 2.80 (%s is the server
// URL).
const listPage1JSON = `{
  "migrations": [
    {
      "created_at": "2016-06-23T14:42:02.000000",
      "dest_compute": "compute20",
      "dest_host": "5.6.7.8",
      "dest_node": "node20",
      "id": 4,
      "instance_uuid": "4cfba335-03d8-49b2-8c52-e69043d1e8fe",
      "new_instance_type_id": 6,
      "old_instance_type_id": 5,
      "source_compute": "compute10",
      "source_node": "node10",
      "status": "migrating",
      "migration_type": "live-migration",
      "updated_at": "2016-06-23T14:42:02.000000",
      "uuid": "42341d4b-346a-40d0-83c6-5f4f6892b650",
      "links": [
        {"href": "http://openstack.example.com/v2.1/6f70656e737461636b20342065766572/servers/4cfba335-03d8-49b2-8c52-e69043d1e8fe/migrations/4", "rel": "self"},
        {"href": "http://openstack.example.com/6f70656e737461636b20342065766572/servers/4cfba335-03d8-49b2-8c52-e69043d1e8fe/migrations/4", "rel": "bookmark"}
      ],
      "user_id": "78348f0e-97ee-4d70-ad34-189692673ea2",
      "project_id": "9842f0f7-1229-4355-afe7-15ebdbb8c3d8"
    }
  ],
  "migrations_links": [
    {"href": "%sos-migrations?limit=1&marker=42341d4b-346a-40d0-83c6-5f4f6892b650", "rel": "next"}
  ]
}`

// listPage2JSON is the last page: a finished resize.
const listPage2JSON = `{
  "migrations": [
    {
      "created_at": "2016-01-29T11:42:02.000000",
      "dest_compute": "compute2",
      "dest_host": "1.2.3.4",
      "dest_node": "node2",
      "id": 1,
      "instance_uuid": "8600d31b-d1a1-4632-b2ff-45c2be1a70ff",
      "new_instance_type_id": 1,
      "old_instance_type_id": 1,
      "source_compute": "compute1",
      "source_node": "node1",
      "status": "finished",
      "migration_type": "resize",
      "updated_at": "2016-01-29T11:42:02.000000",
      "uuid": "12341d4b-346a-40d0-83c6-5f4f6892b650",
      "user_id": "78348f0e-97ee-4d70-ad34-189692673ea2",
      "project_id": "9842f0f7-1229-4355-afe7-15ebdbb8c3d8"
    }
  ]
}`

// serverMigrationJSON is GET /servers/{server_id}/migrations/{migration_id}
// at 2.80.
const serverMigrationJSON = `{
  "migration": {
    "created_at": "2016-01-29T13:42:02.000000",
    "dest_compute": "compute2",
    "dest_host": "1.2.3.4",
    "dest_node": "node2",
    "id": 1,
    "server_uuid": "4cfba335-03d8-49b2-8c52-e69043d1e8fe",
    "source_compute": "compute1",
    "source_node": "node1",
    "status": "running",
    "memory_total_bytes": 123456,
    "memory_processed_bytes": 12345,
    "memory_remaining_bytes": 111111,
    "disk_total_bytes": 234567,
    "disk_processed_bytes": 23456,
    "disk_remaining_bytes": 211111,
    "updated_at": "2016-01-29T13:42:02.000000",
    "uuid": "12341d4b-346a-40d0-83c6-5f4f6892b650",
    "user_id": "8dbaa0f0-ab95-4ffe-8cb4-9c89d2ac9d24",
    "project_id": "5f705771-3aa9-4f4c-8660-0d9522ffdbea"
  }
}`

// serverListJSON is GET /servers/{server_id}/migrations.
const serverListJSON = `{"migrations": [` + "\n" + `{"id": 1, "server_uuid": "4cfba335-03d8-49b2-8c52-e69043d1e8fe", "status": "running", "memory_total_bytes": 123456}]}`
