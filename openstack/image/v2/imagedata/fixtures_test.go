package imagedata_test

import (
	"crypto/sha512"
	"fmt"
	"strings"
)

const imageID = "1bea47ed-f6a9-463b-b423-14b9cca9ad27"

// payload is the image data the fake Glance stores.
var payload = strings.Repeat("glance image bytes ", 4096)

// imageJSON is an image (GET /v2/images/{id}) whose os_hash_value is the
// SHA-512 of hashed.
func imageJSON(hashed string) string {
	return fmt.Sprintf(`{
	"id": %q,
	"name": "cirros",
	"status": "active",
	"visibility": "private",
	"disk_format": "raw",
	"container_format": "bare",
	"size": %d,
	"checksum": "",
	"os_hash_algo": "sha512",
	"os_hash_value": "%x",
	"created_at": "2014-05-05T17:15:10Z",
	"updated_at": "2014-05-05T17:15:11Z",
	"tags": [],
	"self": "/v2/images/%s",
	"file": "/v2/images/%s/file",
	"schema": "/v2/schemas/image"
}`, imageID, len(hashed), sha512.Sum512([]byte(hashed)), imageID, imageID)
}

// imageMD5JSON is an image with only the legacy MD5 checksum.
const imageMD5JSON = `{
	"id": "1bea47ed-f6a9-463b-b423-14b9cca9ad27",
	"name": "old",
	"status": "active",
	"disk_format": "raw",
	"container_format": "bare",
	"checksum": "",
	"os_hash_algo": null,
	"os_hash_value": null,
	"tags": []
}`
