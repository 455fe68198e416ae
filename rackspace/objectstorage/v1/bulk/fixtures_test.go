package bulk_test

// Reports shaped as Cloud Files sends them with Accept: application/json.
const (
	extractOK     = `{"Number Files Created": 13, "Response Status": "201 Created", "Errors": [], "Response Body": ""}`
	extractFailed = `{"Number Files Created": 1, "Response Status": "400 Bad Request", "Errors": [["/www/a%20b.html", "413 Request Entity Too Large"], ["/www/c.css", "400 Bad Request"]], "Response Body": "Invalid Tar File"}`
	bulkInfo      = `{"bulk_delete": {"max_deletes_per_request": 10000, "max_failed_deletes": 1000}, "bulk_upload": {"max_containers_per_extraction": 10000, "max_failed_extractions": 1000}}`
)
