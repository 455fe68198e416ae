package objects_test

import (
	"net/http"
)

// listJSON is a container listing with a delimiter, as the api-ref shows
// objects (format=json) plus one pseudo-directory.
const listJSON = `[
  {"hash": "451e372e48e0f6b1114fa0724aa79fa1", "last_modified": "2014-01-15T16:41:49.390270", "bytes": 14, "name": "goodbye", "content_type": "application/octet-stream"},
  {"subdir": "photos/"},
  {"hash": "ed076287532e86365e841e92bfc50d8c", "last_modified": "2014-01-15T16:37:43.427570", "bytes": 12, "name": "helloworld", "content_type": "application/octet-stream"}
]`

// objectHeaders is a HEAD or GET on an object (api-ref "Show object
// metadata").
func objectHeaders(w http.ResponseWriter) {
	h := w.Header()
	h.Set("Content-Length", "12")
	h.Set("Content-Type", "text/plain")
	h.Set("Etag", "ed076287532e86365e841e92bfc50d8c")
	h.Set("Last-Modified", "Wed, 15 Jan 2014 16:37:43 GMT")
	h.Set("X-Object-Meta-Orange", "Blood")
	h.Set("X-Object-Meta-Color", "red")
	h.Set("X-Delete-At", "1893456000")
	h.Set("Content-Disposition", "attachment; filename=hello.txt")
	h.Set("Accept-Ranges", "bytes")
	h.Set("X-Timestamp", "1389804163.42757")
	h.Set("X-Trans-Id", "tx37ea34dcd1ed48ca9bc7d-0052d84b6f")
	h.Set("Date", "Thu, 16 Jan 2014 21:13:19 GMT")
}

// helloMD5 is the MD5 of "Hello World!" (12 bytes), the api-ref's example
// object.
const helloMD5 = "ed076287532e86365e841e92bfc50d8c"
