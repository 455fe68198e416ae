package bench

import (
	"crypto/md5"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// Object Storage fake: just enough of Swift for listings, downloads,
// uploads and static large objects
// (https://docs.openstack.org/api-ref/object-store/).

const benchContainer = "bench"

func swiftHeaders(w http.ResponseWriter) http.Header {
	h := w.Header()
	h["X-Trans-Id"] = []string{"tx9a1b2c3d4e5f60718293a-0067409b1c"}
	h["X-Openstack-Request-Id"] = []string{"tx9a1b2c3d4e5f60718293a-0067409b1c"}
	h["Date"] = []string{"Sun, 22 Nov 2026 09:41:07 GMT"}
	return h
}

func (c *Cloud) serveSwift(w http.ResponseWriter, r *http.Request) {
	c.Swift.Requests.Add(1)
	if c.SwiftLatency > 0 {
		time.Sleep(c.SwiftLatency)
	}
	if r.URL.Path == "/info" && r.Method == http.MethodGet {
		h := swiftHeaders(w)
		h["Content-Type"] = []string{"application/json; charset=UTF-8"}
		h["Content-Length"] = []string{strconv.Itoa(len(swiftInfo))}
		w.WriteHeader(http.StatusOK)
		w.Write(swiftInfo)
		return
	}
	if !c.validToken(r) {
		c.unauthorized(c.Swift, w)
		return
	}
	rest, ok := strings.CutPrefix(r.URL.Path, "/v1/AUTH_"+ProjectID+"/")
	if !ok {
		http.NotFound(w, r)
		return
	}
	container, object, _ := strings.Cut(rest, "/")
	if container != benchContainer && container != benchContainer+"_segments" {
		http.NotFound(w, r)
		return
	}
	switch {
	case object == "" && r.Method == http.MethodGet:
		c.swiftList(w, r)
	case object == "" && (r.Method == http.MethodPut || r.Method == http.MethodHead):
		h := swiftHeaders(w)
		h["X-Container-Object-Count"] = []string{"0"}
		h["Content-Length"] = []string{"0"}
		if r.Method == http.MethodPut {
			w.WriteHeader(http.StatusAccepted)
		} else {
			w.WriteHeader(http.StatusNoContent)
		}
	case r.Method == http.MethodGet || r.Method == http.MethodHead:
		c.swiftDownload(w, r)
	case r.Method == http.MethodPut:
		c.swiftUpload(w, r)
	case r.Method == http.MethodDelete:
		swiftHeaders(w)
		w.WriteHeader(http.StatusNoContent)
	default:
		w.WriteHeader(http.StatusMethodNotAllowed)
	}
}

// swiftInfo is a Swift 2.3x proxy's capabilities document (GET /info),
// trimmed to the sections the SDKs read.
var swiftInfo = []byte(`{"swift": {"version": "2.34.0", "max_file_size": 5368709122, "max_meta_name_length": 128, "max_meta_value_length": 256, "max_meta_count": 90, "account_listing_limit": 10000, "container_listing_limit": 10000, "max_object_name_length": 1024, "policies": [{"name": "Policy-0", "aliases": "Policy-0", "default": true}]}, "slo": {"max_manifest_segments": 1000, "max_manifest_size": 8388608, "yield_frequency": 10, "min_segment_size": 1}, "dlo": {"max_segments": 10000}, "bulk_delete": {"max_deletes_per_request": 10000, "max_failed_deletes": 1000}, "bulk_upload": {"max_containers_per_extraction": 10000, "max_failed_extractions": 1000}, "tempurl": {"methods": ["GET", "HEAD", "PUT", "POST", "DELETE"], "allowed_digests": ["sha256", "sha512"]}, "staticweb": {}, "versioned_writes": {"allowed_flags": ["X-Versions-Location", "X-History-Location"]}}`)

func (c *Cloud) swiftList(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if q.Get("format") != "json" && !strings.Contains(r.Header.Get("Accept"), "json") {
		w.WriteHeader(http.StatusNotAcceptable)
		return
	}
	if l, _ := strconv.Atoi(q.Get("limit")); l != c.listLimit {
		http.Error(w, "bench fake serves limit="+strconv.Itoa(c.listLimit)+" only", http.StatusBadRequest)
		return
	}
	body, ok := c.swiftListed[q.Get("marker")]
	if !ok {
		body = []byte("[]")
	}
	h := swiftHeaders(w)
	h["X-Container-Object-Count"] = []string{strconv.Itoa(len(c.swiftListed) * c.listLimit)}
	h["X-Container-Bytes-Used"] = []string{"1073741824"}
	h["X-Storage-Policy"] = []string{"Policy-0"}
	h["Content-Type"] = []string{"application/json; charset=utf-8"}
	h["Content-Length"] = []string{strconv.Itoa(len(body))}
	w.WriteHeader(http.StatusOK)
	w.Write(body)
}

func (c *Cloud) swiftDownload(w http.ResponseWriter, r *http.Request) {
	h := swiftHeaders(w)
	h["Content-Type"] = []string{"application/octet-stream"}
	h["Content-Length"] = []string{strconv.FormatInt(c.objectSize, 10)}
	h["Etag"] = []string{patternMD5(0, c.objectSize)}
	h["Last-Modified"] = []string{"Sun, 22 Nov 2026 09:40:59 GMT"}
	h["X-Timestamp"] = []string{"1795340459.12345"}
	h["Accept-Ranges"] = []string{"bytes"}
	w.WriteHeader(http.StatusOK)
	if r.Method == http.MethodHead {
		return
	}
	_ = writePattern(w, 0, c.objectSize)
}

// slo is one segment of a static large object manifest.
type slo struct {
	Path      string `json:"path"`
	Etag      string `json:"etag"`
	SizeBytes int64  `json:"size_bytes"`
}

func (c *Cloud) swiftUpload(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("multipart-manifest") == "put" {
		c.swiftManifest(w, r)
		return
	}
	sum, n, err := consumeMD5(r.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if r.ContentLength >= 0 && n != r.ContentLength {
		http.Error(w, "short body", http.StatusBadRequest)
		return
	}
	if want := strings.Trim(r.Header.Get("Etag"), `"`); want != "" && want != sum {
		http.Error(w, "Unprocessable Entity", http.StatusUnprocessableEntity)
		return
	}
	if r.Header.Get("X-Object-Manifest") != "" {
		c.manifests.Add(1)
	} else {
		c.segments.Add(1)
	}
	h := swiftHeaders(w)
	h["Etag"] = []string{sum}
	h["Last-Modified"] = []string{"Sun, 22 Nov 2026 09:41:07 GMT"}
	h["Content-Type"] = []string{"text/html; charset=UTF-8"}
	h["Content-Length"] = []string{"0"}
	w.WriteHeader(http.StatusCreated)
}

func (c *Cloud) swiftManifest(w http.ResponseWriter, r *http.Request) {
	var segs []slo
	if err := json.NewDecoder(io.LimitReader(r.Body, 8<<20)).Decode(&segs); err != nil || len(segs) == 0 {
		http.Error(w, "bad manifest", http.StatusBadRequest)
		return
	}
	c.manifests.Add(1)
	h := swiftHeaders(w)
	// An SLO's ETag is the MD5 of its segments' ETags, concatenated.
	sum := md5.New()
	for _, s := range segs {
		io.WriteString(sum, strings.Trim(s.Etag, `"`))
	}
	h["Etag"] = []string{`"` + hex.EncodeToString(sum.Sum(nil)) + `"`}
	h["Content-Length"] = []string{"0"}
	w.WriteHeader(http.StatusCreated)
}
