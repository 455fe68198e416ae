package accounts_test

import "net/http"

// accountHeaders is a HEAD on an account as Swift answers it (api-ref
// "Show account metadata").
func accountHeaders(w http.ResponseWriter) {
	h := w.Header()
	h.Set("X-Account-Container-Count", "2")
	h.Set("X-Account-Object-Count", "14")
	h.Set("X-Account-Bytes-Used", "19531")
	h.Set("X-Account-Meta-Book", "MobyDick")
	h.Set("X-Account-Meta-Subject", "Literature")
	h.Set("X-Account-Meta-Temp-Url-Key", "secret-1")
	h.Set("X-Account-Meta-Temp-Url-Key-2", "secret-2")
	h.Set("X-Account-Meta-Quota-Bytes", "1000000")
	h.Set("X-Timestamp", "1389453423.35964")
	h.Set("X-Trans-Id", "tx2fc3dd4a1a4f4bbaa4e4a-0052d7b4f2")
	h.Set("Date", "Thu, 16 Jan 2014 21:12:31 GMT")
	h.Set("Content-Type", "text/plain; charset=utf-8")
	w.WriteHeader(http.StatusNoContent)
}
