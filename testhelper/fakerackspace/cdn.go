package fakerackspace

import (
	"crypto/sha1"
	"encoding/hex"
	"net/http"
	"slices"
	"strconv"
	"strings"
)

// Default and bounds of a CDN container's TTL, in seconds (Rackspace:
// 72 hours by default, 15 minutes to 1 year).
const (
	DefaultTTL = 259200
	MinTTL     = 900
	MaxTTL     = 31536000
)

// Purge is one object purge the fake CDN received.
type Purge struct {
	Region, Container, Object string
	// Email is the X-Purge-Email the caller asked to be notified at.
	Email string
}

type cdnContainer struct {
	Name         string `json:"name"`
	CDNEnabled   bool   `json:"cdn_enabled"`
	TTL          int    `json:"ttl"`
	LogRetention bool   `json:"log_retention"`
	URI          string `json:"cdn_uri"`
	SSLURI       string `json:"cdn_ssl_uri"`
	StreamingURI string `json:"cdn_streaming_uri"`
	IOSURI       string `json:"cdn_ios_uri"`
}

// Purges returns the object purges the fake CDN received, in order.
func (s *Server) Purges() []Purge {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.purges)
}

func (s *Server) cdnRoutes(prefix, region string) {
	base := "/" + prefix + "/cdn/v1/" + FilesTenantID
	m := s.Mux
	list := s.authed(func(w http.ResponseWriter, r *http.Request, _ *user) { s.listCDN(w, r, region) })
	m.HandleFunc("GET "+base, list)
	m.HandleFunc("GET "+base+"/{$}", list)
	m.HandleFunc("HEAD "+base+"/{container}", s.authed(func(w http.ResponseWriter, r *http.Request, _ *user) { s.headCDN(w, r, region) }))
	m.HandleFunc("PUT "+base+"/{container}", s.authed(func(w http.ResponseWriter, r *http.Request, _ *user) { s.enableCDN(w, r, region) }))
	m.HandleFunc("POST "+base+"/{container}", s.authed(func(w http.ResponseWriter, r *http.Request, _ *user) { s.updateCDN(w, r, region) }))
	m.HandleFunc("DELETE "+base+"/{container}/{object...}", s.authed(func(w http.ResponseWriter, r *http.Request, _ *user) { s.purgeCDN(w, r, region) }))
}

func cdnFault(w http.ResponseWriter, status int, text string) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.WriteHeader(status)
	_, _ = w.Write([]byte(text))
}

func (s *Server) listCDN(w http.ResponseWriter, r *http.Request, region string) {
	q := r.URL.Query()
	limit := 10000
	if l := q.Get("limit"); l != "" {
		n, err := strconv.Atoi(l)
		if err != nil || n < 0 {
			cdnFault(w, http.StatusPreconditionFailed, "Invalid limit")
			return
		}
		limit = min(n, limit)
	}
	s.mu.Lock()
	var all []cdnContainer
	for _, c := range s.cdn[region] {
		if q.Get("enabled_only") == "true" && !c.CDNEnabled {
			continue
		}
		if m := q.Get("marker"); m != "" && c.Name <= m {
			continue
		}
		if e := q.Get("end_marker"); e != "" && c.Name >= e {
			continue
		}
		all = append(all, *c)
	}
	s.mu.Unlock()
	slices.SortFunc(all, func(a, b cdnContainer) int { return strings.Compare(a.Name, b.Name) })
	all = all[:min(limit, len(all))]
	if len(all) == 0 {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	if q.Get("format") == "json" {
		writeJSON(w, http.StatusOK, all)
		return
	}
	var b strings.Builder
	for _, c := range all {
		b.WriteString(c.Name + "\n")
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	_, _ = w.Write([]byte(b.String()))
}

func cdnHeaders(w http.ResponseWriter, c *cdnContainer) {
	h := w.Header()
	h.Set("X-Cdn-Enabled", titleBool(c.CDNEnabled))
	h.Set("X-Ttl", strconv.Itoa(c.TTL))
	h.Set("X-Log-Retention", titleBool(c.LogRetention))
	h.Set("X-Cdn-Uri", c.URI)
	h.Set("X-Cdn-Ssl-Uri", c.SSLURI)
	h.Set("X-Cdn-Streaming-Uri", c.StreamingURI)
	h.Set("X-Cdn-Ios-Uri", c.IOSURI)
	h.Set("X-Trans-Id", "tx"+newSecret(10))
}

// titleBool writes a flag as the CDN does: "True" or "False".
func titleBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func (s *Server) headCDN(w http.ResponseWriter, r *http.Request, region string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c := s.cdn[region][r.PathValue("container")]
	if c == nil {
		w.WriteHeader(http.StatusNotFound)
		return
	}
	cdnHeaders(w, c)
	w.WriteHeader(http.StatusNoContent)
}

// cdnSettings reads X-Ttl, X-Cdn-Enabled and X-Log-Retention onto c.
func cdnSettings(r *http.Request, c *cdnContainer) string {
	if v := r.Header.Get("X-Ttl"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < MinTTL || n > MaxTTL {
			return "Invalid X-Ttl: must be between 900 and 31536000 seconds"
		}
		c.TTL = n
	}
	for name, field := range map[string]*bool{"X-Cdn-Enabled": &c.CDNEnabled, "X-Log-Retention": &c.LogRetention} {
		if v := r.Header.Get(name); v != "" {
			b, err := strconv.ParseBool(strings.ToLower(v))
			if err != nil {
				return "Invalid " + name + ": must be True or False"
			}
			*field = b
		}
	}
	return ""
}

func (s *Server) enableCDN(w http.ResponseWriter, r *http.Request, region string) {
	name := r.PathValue("container")
	s.mu.Lock()
	defer s.mu.Unlock()
	status := http.StatusAccepted
	c := s.cdn[region][name]
	if c == nil {
		sum := sha1.Sum([]byte(region + "/" + name))
		a, b := hex.EncodeToString(sum[:10]), hex.EncodeToString(sum[10:])
		c = &cdnContainer{Name: name, TTL: DefaultTTL,
			URI:          "http://" + a + "-" + b + ".r10.cf1.rackcdn.com",
			SSLURI:       "https://" + a + "-" + b + ".ssl.cf1.rackcdn.com",
			StreamingURI: "http://" + a + "-" + b + ".r10.stream.cf1.rackcdn.com",
			IOSURI:       "http://" + a + "-" + b + ".iosr.cf1.rackcdn.com",
		}
		status = http.StatusCreated
	}
	next := *c
	next.CDNEnabled = true
	if msg := cdnSettings(r, &next); msg != "" {
		cdnFault(w, http.StatusBadRequest, msg)
		return
	}
	*c = next
	if s.cdn[region] == nil {
		s.cdn[region] = map[string]*cdnContainer{}
	}
	s.cdn[region][name] = c
	cdnHeaders(w, c)
	w.WriteHeader(status)
}

func (s *Server) updateCDN(w http.ResponseWriter, r *http.Request, region string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c := s.cdn[region][r.PathValue("container")]
	if c == nil {
		cdnFault(w, http.StatusNotFound, "Container not CDN enabled")
		return
	}
	next := *c
	if msg := cdnSettings(r, &next); msg != "" {
		cdnFault(w, http.StatusBadRequest, msg)
		return
	}
	*c = next
	cdnHeaders(w, c)
	w.WriteHeader(http.StatusAccepted)
}

func (s *Server) purgeCDN(w http.ResponseWriter, r *http.Request, region string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c := s.cdn[region][r.PathValue("container")]
	if c == nil || !c.CDNEnabled {
		cdnFault(w, http.StatusNotFound, "Container not CDN enabled")
		return
	}
	s.purges = append(s.purges, Purge{Region: region, Container: c.Name, Object: r.PathValue("object"), Email: r.Header.Get("X-Purge-Email")})
	w.WriteHeader(http.StatusNoContent)
}
