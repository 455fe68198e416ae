package objects_test

// listJSON is a JSON object listing as the Cloud Files reference shows it.
const listJSON = `[
  {"hash": "451e372e48e0f6b1114fa0724aa79fa1", "last_modified": "2024-01-15T16:41:49.390270", "bytes": 14, "name": "goodbye", "content_type": "application/octet-stream"},
  {"hash": "ed076287532e86365e841e92bfc50d8c", "last_modified": "2024-01-15T16:37:43.427570", "bytes": 12, "name": "helloworld", "content_type": "application/octet-stream"}
]`

// helloMD5 is the MD5 of "Hello World!".
const helloMD5 = "ed076287532e86365e841e92bfc50d8c"
