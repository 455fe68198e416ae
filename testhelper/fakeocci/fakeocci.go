// Package fakeocci is a fake OpenNebula OCCI 3.2 server for tests: an
// httptest server on 127.0.0.1 keeping computes, networks and storage in
// memory, with Basic auth, 201/202/204 answers and asynchronous state
// changes: a new compute is PENDING and becomes ACTIVE after
// PendingPolls reads; a requested state is applied on the next read, as
// the spec's "polling required" describes.
package fakeocci

import (
	"encoding/xml"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync"
	"testing"

	"github.com/cloudsdk/gophercloud/opennebula/occi"
)

// Default credentials.
const (
	DefaultUser     = "oneadmin"
	DefaultPassword = "opennebula"
)

// Server is a running fake OCCI server.
type Server struct {
	srv            *httptest.Server
	User, Password string
	// PendingPolls is how many reads a new compute stays PENDING (default 1).
	PendingPolls int

	mu       sync.Mutex
	next     int
	computes map[string]*compute
	networks map[string]*occi.Network
	storage  map[string]*occi.Storage
}

type compute struct {
	c       occi.Compute
	reads   int
	pending string // requested state, applied on the next read
}

// NewServer starts a fake; the caller closes it.
func NewServer() *Server {
	s := &Server{User: DefaultUser, Password: DefaultPassword, PendingPolls: 1, computes: map[string]*compute{},
		networks: map[string]*occi.Network{}, storage: map[string]*occi.Storage{}}
	mux := http.NewServeMux()
	mux.HandleFunc("/compute", s.auth(s.computePool))
	mux.HandleFunc("/compute/{id}", s.auth(s.computeEntry))
	mux.HandleFunc("/network", s.auth(poolHandler(s, "network", s.networks, func(n *occi.Network) *string { return &n.ID }, func(n *occi.Network) (*string, string) { return &n.Href, n.Name })))
	mux.HandleFunc("/network/{id}", s.auth(entryHandler(s, s.networks)))
	mux.HandleFunc("/storage", s.auth(poolHandler(s, "storage", s.storage, func(n *occi.Storage) *string { return &n.ID }, func(n *occi.Storage) (*string, string) { return &n.Href, n.Name })))
	mux.HandleFunc("/storage/{id}", s.auth(entryHandler(s, s.storage)))
	mux.HandleFunc("/instance_type", s.auth(s.instanceTypes))
	s.srv = httptest.NewServer(mux)
	return s
}

// Setup starts a fake closed when t ends.
func Setup(t testing.TB) *Server {
	t.Helper()
	s := NewServer()
	t.Cleanup(s.Close)
	return s
}

// Close stops the server.
func (s *Server) Close() { s.srv.Close() }

// URL is the server's base URL.
func (s *Server) URL() string { return s.srv.URL }

// Client returns an OCCI client with the fake's credentials.
func (s *Server) Client() *occi.Client {
	return &occi.Client{Endpoint: s.srv.URL, User: s.User, Password: s.Password}
}

func (s *Server) auth(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		u, p, ok := r.BasicAuth()
		if !ok || u != s.User || p != s.Password {
			w.Header().Set("WWW-Authenticate", `Basic realm="OCCI"`)
			http.Error(w, "Bad authentication", http.StatusUnauthorized)
			return
		}
		s.mu.Lock()
		defer s.mu.Unlock()
		h(w, r)
	}
}

func writeXML(w http.ResponseWriter, status int, v any) {
	b, err := xml.Marshal(v)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/xml")
	w.WriteHeader(status)
	w.Write(b)
}

func readXML(r *http.Request, v any) error {
	b, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		return err
	}
	return xml.Unmarshal(b, v)
}

func (s *Server) newID() string {
	s.next++
	return strconv.Itoa(s.next)
}

type refCollection struct {
	XMLName xml.Name
	Entries []refEntry
}

type refEntry struct {
	XMLName xml.Name
	Href    string `xml:"href,attr"`
	Name    string `xml:"name,attr"`
}

func sortedKeys[T any](m map[string]T) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	for i := range keys { // tiny maps: insertion sort by number
		for j := i; j > 0; j-- {
			a, _ := strconv.Atoi(keys[j-1])
			b, _ := strconv.Atoi(keys[j])
			if a > b {
				keys[j-1], keys[j] = keys[j], keys[j-1]
			}
		}
	}
	return keys
}

func (s *Server) computePool(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodGet:
		col := refCollection{XMLName: xml.Name{Local: "COMPUTE_COLLECTION"}}
		for _, id := range sortedKeys(s.computes) {
			col.Entries = append(col.Entries, refEntry{XMLName: xml.Name{Local: "COMPUTE"}, Href: s.srv.URL + "/compute/" + id, Name: s.computes[id].c.Name})
		}
		writeXML(w, http.StatusOK, col)
	case http.MethodPost:
		var c occi.Compute
		if err := readXML(r, &c); err != nil || c.Name == "" {
			http.Error(w, "Malformed COMPUTE", http.StatusBadRequest)
			return
		}
		c.ID = s.newID()
		c.Href = s.srv.URL + "/compute/" + c.ID
		c.State = "PENDING"
		s.computes[c.ID] = &compute{c: c}
		writeXML(w, http.StatusCreated, c)
	default:
		http.Error(w, "Not Implemented", http.StatusNotImplemented)
	}
}

var allowedStates = map[string]map[string]bool{
	"STOPPED":   {"ACTIVE": true},
	"SUSPENDED": {"ACTIVE": true},
	"RESUME":    {"STOPPED": true, "SUSPENDED": true},
	"DONE":      {"ACTIVE": true, "STOPPED": true, "SUSPENDED": true, "PENDING": true},
}

func (s *Server) computeEntry(w http.ResponseWriter, r *http.Request) {
	c, ok := s.computes[r.PathValue("id")]
	if !ok {
		http.Error(w, "Resource not found", http.StatusNotFound)
		return
	}
	switch r.Method {
	case http.MethodGet:
		c.reads++
		if c.c.State == "PENDING" && c.reads > s.PendingPolls {
			c.c.State = "ACTIVE"
		} else if c.pending != "" {
			c.c.State, c.pending = c.pending, ""
		}
		writeXML(w, http.StatusOK, c.c)
	case http.MethodPut:
		var in occi.Compute
		if err := readXML(r, &in); err != nil {
			http.Error(w, "Malformed COMPUTE", http.StatusBadRequest)
			return
		}
		if in.State != "" {
			from, ok := allowedStates[in.State]
			if !ok || !from[c.c.State] {
				http.Error(w, fmt.Sprintf("cannot go from %s to %s", c.c.State, in.State), http.StatusBadRequest)
				return
			}
			c.pending = in.State
			if in.State == "RESUME" {
				c.pending = "ACTIVE"
			}
		}
		if in.Name != "" {
			c.c.Name = in.Name
		}
		w.WriteHeader(http.StatusAccepted)
	case http.MethodDelete:
		delete(s.computes, c.c.ID)
		w.WriteHeader(http.StatusNoContent)
	default:
		http.Error(w, "Not Implemented", http.StatusNotImplemented)
	}
}

func poolHandler[T any](s *Server, kind string, m map[string]*T, id func(*T) *string, ref func(*T) (*string, string)) http.HandlerFunc {
	root := map[string]string{"network": "NETWORK", "storage": "STORAGE"}[kind]
	return func(w http.ResponseWriter, r *http.Request) {
		switch r.Method {
		case http.MethodGet:
			col := refCollection{XMLName: xml.Name{Local: root + "_COLLECTION"}}
			for _, k := range sortedKeys(m) {
				_, name := ref(m[k])
				col.Entries = append(col.Entries, refEntry{XMLName: xml.Name{Local: root}, Href: s.srv.URL + "/" + kind + "/" + k, Name: name})
			}
			writeXML(w, http.StatusOK, col)
		case http.MethodPost:
			v := new(T)
			if err := readXML(r, v); err != nil {
				http.Error(w, "Malformed "+root, http.StatusBadRequest)
				return
			}
			if href, name := ref(v); name == "" {
				http.Error(w, "NAME is required", http.StatusBadRequest)
				return
			} else {
				*id(v) = s.newID()
				*href = s.srv.URL + "/" + kind + "/" + *id(v)
			}
			m[*id(v)] = v
			writeXML(w, http.StatusCreated, v)
		default:
			http.Error(w, "Not Implemented", http.StatusNotImplemented)
		}
	}
}

func entryHandler[T any](s *Server, m map[string]*T) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		v, ok := m[r.PathValue("id")]
		if !ok {
			http.Error(w, "Resource not found", http.StatusNotFound)
			return
		}
		switch r.Method {
		case http.MethodGet:
			writeXML(w, http.StatusOK, v)
		case http.MethodPut:
			in := new(T)
			if err := readXML(r, in); err != nil {
				http.Error(w, "Malformed body", http.StatusBadRequest)
				return
			}
			w.WriteHeader(http.StatusAccepted)
		case http.MethodDelete:
			delete(m, r.PathValue("id"))
			w.WriteHeader(http.StatusNoContent)
		default:
			http.Error(w, "Not Implemented", http.StatusNotImplemented)
		}
	}
}

func (s *Server) instanceTypes(w http.ResponseWriter, r *http.Request) {
	type it struct {
		XMLName xml.Name `xml:"INSTANCE_TYPE"`
		occi.InstanceType
	}
	col := struct {
		XMLName xml.Name `xml:"INSTANCE_TYPE_COLLECTION"`
		Types   []it
	}{}
	for _, t := range []struct {
		n      string
		c, mem int
	}{{"small", 1, 1024}, {"medium", 4, 4096}, {"large", 8, 8192}} {
		col.Types = append(col.Types, it{InstanceType: occi.InstanceType{Href: s.srv.URL + "/instance_type/" + t.n, Name: t.n, CPU: t.c, Memory: t.mem}})
	}
	writeXML(w, http.StatusOK, col)
}
