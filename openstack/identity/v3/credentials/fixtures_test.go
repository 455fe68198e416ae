package credentials_test

const credJSON = `{"credential": {"id": "3d3367", "type": "ec2", "user_id": "9fe1d3", "project_id": "263fd9",
  "blob": "{\"access\": \"181920\", \"secret\": \"secretKey\"}",
  "links": {"self": "http://example.com/identity/v3/credentials/3d3367"}}}`

const listJSON = `{"links": {"next": null, "previous": null, "self": "http://example.com/identity/v3/credentials"},
 "credentials": [
  {"id": "3d3367", "type": "ec2", "user_id": "9fe1d3", "project_id": "263fd9", "blob": "{\"access\": \"181920\", \"secret\": \"secretKey\"}",
   "links": {"self": "http://example.com/identity/v3/credentials/3d3367"}},
  {"id": "7d7e14", "type": "totp", "user_id": "9fe1d3", "project_id": null, "blob": "GEZDGNBVGY3TQOJQ",
   "links": {"self": "http://example.com/identity/v3/credentials/7d7e14"}}]}`
