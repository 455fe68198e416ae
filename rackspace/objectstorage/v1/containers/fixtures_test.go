package containers_test

// listJSON is a JSON container listing as the Cloud Files reference shows it.
const listJSON = `[
  {"count": 0, "bytes": 0, "name": "backups", "last_modified": "2024-01-16T21:29:24.000000"},
  {"count": 14, "bytes": 2248463, "name": "photos", "last_modified": "2024-01-17T15:59:33.000000"}
]`
