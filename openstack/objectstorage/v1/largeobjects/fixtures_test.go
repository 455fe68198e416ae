package largeobjects_test

import (
	"crypto/md5"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/internal/swifttest"
	"github.com/cloudsdk/gophercloud/testhelper"
	"github.com/stretchr/testify/assert"
)

// fakeSwift is an in-memory Swift that knows what Upload and Delete use:
// containers (HEAD/PUT), objects (PUT/GET/HEAD/DELETE), SLO manifests
// (?multipart-manifest=put|delete, checked as Swift checks them), DLO
// manifests, plain-text listings and bulk delete.
type fakeSwift struct {
	t  *testing.T
	mu sync.Mutex
	// containers and objects ("container/name") that exist.
	containers map[string]bool
	objects    map[string]*fakeObject
	// requests logs "METHOD path?query" for every request but /info.
	requests []string
	// hook, when set, may answer a request first (return true).
	hook func(w http.ResponseWriter, r *http.Request, path string) bool
	// clock orders requests as Swift's X-Timestamp does: a PUT is stamped
	// when it arrives, a delete leaves a tombstone with its own stamp, and
	// a PUT older than a tombstone is refused (409) when it completes.
	clock      int64
	tombstones map[string]int64
	// inflight and maxInflight count concurrent object PUTs.
	inflight, maxInflight int
}

type fakeObject struct {
	data     []byte
	etag     string
	slo      []sloEntry
	manifest string // X-Object-Manifest
	ctype    string
	meta     map[string]string
}

type sloEntry struct {
	Path      string `json:"path"`
	ETag      string `json:"etag"`
	SizeBytes int64  `json:"size_bytes"`
}

func newFakeSwift(t *testing.T, info string, containers ...string) (*fakeSwift, *testhelper.Server) {
	th := testhelper.Setup(t)
	f := &fakeSwift{t: t, containers: map[string]bool{}, objects: map[string]*fakeObject{}, tombstones: map[string]int64{}}
	for _, c := range containers {
		f.containers[c] = true
	}
	swifttest.HandleInfo(th, info)
	for _, m := range []string{"GET", "PUT", "POST", "DELETE"} { // GET covers HEAD
		th.Handle(m+" /{path...}", f.serve)
	}
	return f, th
}

// newExampleSwift is the fake for Examples, which have no *testing.T:
// a plain server with the account at /v1/AUTH_demo/.
func newExampleSwift(info string) (*fakeSwift, *httptest.Server) {
	f := &fakeSwift{containers: map[string]bool{}, objects: map[string]*fakeObject{}, tombstones: map[string]int64{}}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /info", func(w http.ResponseWriter, r *http.Request) { testhelper.WriteJSON(w, http.StatusOK, info) })
	for _, m := range []string{"GET", "PUT", "POST", "DELETE"} {
		mux.HandleFunc(m+" /v1/AUTH_demo/{path...}", f.serve)
	}
	return f, httptest.NewServer(mux)
}

func md5hex(b []byte) string {
	s := md5.Sum(b)
	return hex.EncodeToString(s[:])
}

// remove deletes an object and leaves a tombstone; f.mu is held.
func (f *fakeSwift) remove(path string) {
	f.clock++
	f.tombstones[path] = f.clock
	delete(f.objects, path)
}

// get returns an object, nil if none.
func (f *fakeSwift) get(path string) *fakeObject {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.objects[path]
}

func (f *fakeSwift) log() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.requests)
}

func (f *fakeSwift) names(container string) []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []string
	for k := range f.objects {
		if c, n, _ := strings.Cut(k, "/"); c == container {
			out = append(out, n)
		}
	}
	slices.Sort(out)
	return out
}

func (f *fakeSwift) serve(w http.ResponseWriter, r *http.Request) {
	path := r.PathValue("path")
	line := r.Method + " " + r.URL.EscapedPath()
	if r.URL.RawQuery != "" {
		line += "?" + r.URL.RawQuery
	}
	segmentPut := r.Method == http.MethodPut && strings.Contains(path, "/") && r.URL.RawQuery == ""
	f.mu.Lock()
	f.clock++
	stamp := f.clock
	f.requests = append(f.requests, line)
	hook := f.hook
	if segmentPut {
		f.inflight++
		f.maxInflight = max(f.maxInflight, f.inflight)
	}
	f.mu.Unlock()
	if segmentPut {
		defer func() {
			f.mu.Lock()
			f.inflight--
			f.mu.Unlock()
		}()
	}
	if hook != nil && hook(w, r, path) {
		return
	}
	container, _, isObject := strings.Cut(path, "/")
	q := r.URL.Query()
	switch {
	case r.Method == http.MethodPost && path == "" && q.Has("bulk-delete"):
		f.bulkDelete(w, r)
	case !isObject:
		f.container(w, r, container)
	case r.Method == http.MethodPut && q.Get("multipart-manifest") == "put":
		f.putSLO(w, r, path)
	case r.Method == http.MethodPut:
		f.putObject(w, r, path, stamp)
	case r.Method == http.MethodDelete && q.Get("multipart-manifest") == "delete":
		f.deleteSLO(w, path)
	default:
		f.object(w, r, path)
	}
}

func (f *fakeSwift) container(w http.ResponseWriter, r *http.Request, c string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	switch r.Method {
	case http.MethodHead:
		if !f.containers[c] {
			w.WriteHeader(http.StatusNotFound)
			return
		}
		w.WriteHeader(http.StatusNoContent)
	case http.MethodPut:
		f.containers[c] = true
		w.WriteHeader(http.StatusCreated)
	case http.MethodGet: // plain-text listing with prefix and marker
		var names []string
		for k := range f.objects {
			if kc, n, _ := strings.Cut(k, "/"); kc == c && strings.HasPrefix(n, r.URL.Query().Get("prefix")) && n > r.URL.Query().Get("marker") {
				names = append(names, n)
			}
		}
		slices.Sort(names)
		if len(names) == 0 {
			w.WriteHeader(http.StatusNoContent)
			return
		}
		_, _ = io.WriteString(w, strings.Join(names, "\n")+"\n")
	default:
		w.WriteHeader(http.StatusMethodNotAllowed)
	}
}

func (f *fakeSwift) putObject(w http.ResponseWriter, r *http.Request, path string, stamp int64) {
	data, err := io.ReadAll(r.Body)
	f.mu.Lock()
	defer f.mu.Unlock()
	if err != nil {
		return
	}
	if f.tombstones[path] > stamp {
		w.WriteHeader(http.StatusConflict)
		return
	}
	o := &fakeObject{data: data, etag: md5hex(data), manifest: r.Header.Get("X-Object-Manifest"), ctype: r.Header.Get("Content-Type"), meta: map[string]string{}}
	for k, v := range r.Header {
		if m, ok := strings.CutPrefix(k, "X-Object-Meta-"); ok {
			o.meta[m] = v[0]
		}
	}
	f.objects[path] = o
	w.Header().Set("Etag", o.etag)
	w.WriteHeader(http.StatusCreated)
}

// putSLO checks the manifest as Swift does: every segment exists with the
// given ETag and size.
func (f *fakeSwift) putSLO(w http.ResponseWriter, r *http.Request, path string) {
	var entries []sloEntry
	if err := json.NewDecoder(r.Body).Decode(&entries); err != nil {
		http.Error(w, "bad manifest: "+err.Error(), http.StatusBadRequest)
		return
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	etags := md5.New()
	o := &fakeObject{slo: entries, ctype: r.Header.Get("Content-Type"), meta: map[string]string{}}
	for i, e := range entries {
		seg, ok := f.objects[strings.TrimPrefix(e.Path, "/")]
		if !ok || seg.etag != e.ETag || int64(len(seg.data)) != e.SizeBytes {
			http.Error(w, fmt.Sprintf("Index %d: bad segment %s", i, e.Path), http.StatusBadRequest)
			return
		}
		_, _ = io.WriteString(etags, e.ETag)
		o.data = append(o.data, seg.data...)
	}
	for k, v := range r.Header {
		if m, ok := strings.CutPrefix(k, "X-Object-Meta-"); ok {
			o.meta[m] = v[0]
		}
	}
	o.etag = hex.EncodeToString(etags.Sum(nil))
	f.objects[path] = o
	w.Header().Set("Etag", `"`+o.etag+`"`)
	w.WriteHeader(http.StatusCreated)
}

func (f *fakeSwift) deleteSLO(w http.ResponseWriter, path string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	o, ok := f.objects[path]
	if !ok {
		w.WriteHeader(http.StatusNotFound)
		return
	}
	n := 1
	for _, e := range o.slo {
		f.remove(strings.TrimPrefix(e.Path, "/"))
		n++
	}
	f.remove(path)
	testhelper.WriteJSON(w, http.StatusOK, fmt.Sprintf(`{"Number Not Found": 0, "Response Status": "200 OK", "Response Body": "", "Errors": [], "Number Deleted": %d}`, n))
}

func (f *fakeSwift) object(w http.ResponseWriter, r *http.Request, path string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	o, ok := f.objects[path]
	if !ok {
		w.WriteHeader(http.StatusNotFound)
		return
	}
	switch r.Method {
	case http.MethodDelete:
		f.remove(path)
		w.WriteHeader(http.StatusNoContent)
	case http.MethodHead, http.MethodGet:
		if o.slo != nil {
			w.Header().Set("X-Static-Large-Object", "True")
		}
		if o.manifest != "" {
			w.Header().Set("X-Object-Manifest", o.manifest)
		}
		w.Header().Set("Etag", o.etag)
		w.Header().Set("Content-Type", o.ctype)
		w.WriteHeader(http.StatusOK)
		if r.Method == http.MethodGet {
			_, _ = w.Write(o.data)
		}
	}
}

func (f *fakeSwift) bulkDelete(w http.ResponseWriter, r *http.Request) {
	if f.t != nil {
		assert.Equal(f.t, "text/plain", r.Header.Get("Content-Type"))
	}
	body, _ := io.ReadAll(r.Body)
	f.mu.Lock()
	defer f.mu.Unlock()
	deleted, missing := 0, 0
	for _, line := range strings.Split(strings.TrimSpace(string(body)), "\n") {
		p, err := url.PathUnescape(line)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		p = strings.TrimPrefix(p, "/")
		if _, ok := f.objects[p]; ok {
			deleted++
		} else {
			missing++
		}
		f.remove(p)
	}
	testhelper.WriteJSON(w, http.StatusOK, fmt.Sprintf(`{"Number Not Found": %d, "Response Status": "200 OK", "Response Body": "", "Errors": [], "Number Deleted": %d}`, missing, deleted))
}
