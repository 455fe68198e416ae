package accounts_test

import "net/http"

// accountHeaders answers a HEAD of a Cloud Files account as the Rackspace
// reference shows it.
func accountHeaders(w http.ResponseWriter) {
	h := w.Header()
	h.Set("X-Account-Container-Count", "3")
	h.Set("X-Account-Object-Count", "14")
	h.Set("X-Account-Bytes-Used", "2248463")
	h.Set("X-Account-Meta-Temp-Url-Key", "secret-key")
	h.Set("X-Account-Meta-Owner", "ops")
	h.Set("X-Timestamp", "1389453423.35964")
	h.Set("X-Trans-Id", "txafe3c83ed76e46d2a9536dd61e3a1fe6")
	h.Set("Date", "Fri, 17 Jan 2014 15:59:33 GMT")
}
