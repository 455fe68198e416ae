package containers_test

import (
	"encoding/json"
	"net/http"
	"slices"
	"strconv"
	"strings"

	"github.com/cloudsdk/gophercloud/testhelper"
)

// listJSON is an account listing as the api-ref shows it (format=json).
const listJSON = `[
  {"count": 0, "bytes": 0, "name": "janeausten", "last_modified": "2013-11-19T20:08:13.283452"},
  {"count": 1, "bytes": 14, "name": "marktwain", "last_modified": "2016-04-29T16:23:50.460230"}
]`

// containerHeaders is a HEAD on a container (api-ref "Show container
// metadata").
func containerHeaders(w http.ResponseWriter) {
	h := w.Header()
	h.Set("X-Container-Object-Count", "1")
	h.Set("X-Container-Bytes-Used", "14")
	h.Set("X-Container-Read", ".r:*,.rlistings")
	h.Set("X-Container-Write", "demo:*")
	h.Set("X-Container-Meta-Book", "TomSawyer")
	h.Set("X-Container-Meta-Temp-Url-Key", "ckey")
	h.Set("X-Container-Meta-Quota-Bytes", "1048576")
	h.Set("X-Storage-Policy", "Policy-0")
	h.Set("X-Versions-Enabled", "True")
	h.Set("X-History-Location", "archive")
	h.Set("Last-Modified", "Fri, 17 Jan 2014 16:10:01 GMT")
	h.Set("X-Timestamp", "1389727543.65372")
	h.Set("X-Trans-Id", "tx93c6e9d8d3414a68b0b9b-0052d5c9ba")
	h.Set("Date", "Tue, 14 Jan 2014 23:18:50 GMT")
	w.WriteHeader(http.StatusNoContent)
}

// fakeListing serves names as a Swift account listing does: sorted, after
// marker, up to limit, filtered by prefix, JSON or plain text by format
// (and Accept, as Swift's listing_formats middleware does).
func fakeListing(names []string) http.HandlerFunc {
	names = slices.Sorted(slices.Values(names))
	return func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		limit := 10000
		if l := q.Get("limit"); l != "" {
			limit, _ = strconv.Atoi(l)
		}
		var page []string
		for _, n := range names {
			if n > q.Get("marker") && strings.HasPrefix(n, q.Get("prefix")) && len(page) < limit {
				page = append(page, n)
			}
		}
		if q.Get("format") == "json" || (q.Get("format") == "" && r.Header.Get("Accept") == "application/json") {
			entries := make([]map[string]any, len(page))
			for i, n := range page {
				entries[i] = map[string]any{"name": n, "count": i, "bytes": 10 * i, "last_modified": "2016-04-29T16:23:50.460230"}
			}
			b, _ := json.Marshal(entries)
			testhelper.WriteJSON(w, http.StatusOK, string(b))
			return
		}
		if len(page) == 0 {
			w.WriteHeader(http.StatusNoContent)
			return
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = w.Write([]byte(strings.Join(page, "\n") + "\n"))
	}
}
