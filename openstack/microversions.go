package openstack

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/cloudsdk/gophercloud"
)

// ErrMicroversionUnsupported is matched (errors.Is) by the errors
// RequireMicroversion and GetSupportedMicroversions return when a service
// cannot serve the microversion asked for, or serves none at all.
var ErrMicroversionUnsupported = errors.New("microversion not supported")

// Microversion is an API microversion, "2.79" being {Major: 2, Minor: 79}.
// Compare them with Less, never as strings: "2.9" < "2.10".
type Microversion struct {
	Major, Minor int
}

// ParseMicroversion reads "MAJOR.MINOR" ("2.79"). It refuses "latest":
// a program should name the version it was written against.
func ParseMicroversion(s string) (Microversion, error) {
	bad := func(reason string) (Microversion, error) {
		return Microversion{}, &gophercloud.ErrInvalidInput{Argument: "microversion", Value: s, Reason: reason}
	}
	major, minor, ok := strings.Cut(strings.TrimSpace(s), ".")
	if !ok {
		return bad(`must be "MAJOR.MINOR", such as "2.79"`)
	}
	ma, err1 := parseVersionNumber(major)
	mi, err2 := parseVersionNumber(minor)
	if err1 != nil || err2 != nil {
		return bad(`must be "MAJOR.MINOR" with non-negative integers, such as "2.79"`)
	}
	return Microversion{Major: ma, Minor: mi}, nil
}

func parseVersionNumber(s string) (int, error) {
	if s == "" || strings.TrimLeft(s, "0123456789") != "" {
		return 0, errors.New("not a number")
	}
	return strconv.Atoi(s)
}

// String returns "MAJOR.MINOR", the form the microversion headers take.
func (v Microversion) String() string { return strconv.Itoa(v.Major) + "." + strconv.Itoa(v.Minor) }

// Less reports whether v is older than o.
func (v Microversion) Less(o Microversion) bool {
	if v.Major != o.Major {
		return v.Major < o.Major
	}
	return v.Minor < o.Minor
}

// SupportedMicroversions is the range of microversions a service accepts.
type SupportedMicroversions struct {
	Min, Max Microversion
}

// Supports reports whether v is within the range.
func (s SupportedMicroversions) Supports(v Microversion) bool {
	return !v.Less(s.Min) && !s.Max.Less(v)
}

// String returns "MIN to MAX".
func (s SupportedMicroversions) String() string { return s.Min.String() + " to " + s.Max.String() }

// versionEntry is one version of a service's version document.
// Nova, Cinder, Manila and Ironic name the newest microversion "version",
// Placement "max_version".
type versionEntry struct {
	ID         string `json:"id"`
	Status     string `json:"status"`
	Version    string `json:"version"`
	MaxVersion string `json:"max_version"`
	MinVersion string `json:"min_version"`
	Links      []struct {
		Href string `json:"href"`
		Rel  string `json:"rel"`
	} `json:"links"`
}

func (e versionEntry) max() string {
	if e.Version != "" {
		return e.Version
	}
	return e.MaxVersion
}

// versionDocument is what a service answers on its versioned endpoint
// ({"version": {…}}) or on its root ({"versions": […]}).
type versionDocument struct {
	Version  *versionEntry  `json:"version"`
	Versions []versionEntry `json:"versions"`
}

// GetSupportedMicroversions reads the range of microversions the service
// behind sc accepts from its version document: it GETs sc.Endpoint and,
// when that is not a version document (Cinder's catalog URL ends with the
// project ID), the URLs above it up to the host's root. From a list of
// versions it takes the one whose link the endpoint is under, preferring
// the CURRENT one. The request carries no microversion header, so it works
// whatever sc.Microversion holds.
//
// Nova (2.1 to 2.93 on Zed) and Cinder (3.0 to 3.70 on Zed) answer it; a
// service or API version without microversions gives an error matching
// ErrMicroversionUnsupported.
// https://docs.openstack.org/api-ref/compute/#show-details-of-specific-api-version
func GetSupportedMicroversions(ctx context.Context, sc *gophercloud.ServiceClient) (SupportedMicroversions, error) {
	if sc == nil || sc.ProviderClient == nil {
		return SupportedMicroversions{}, &gophercloud.ErrMissingInput{Argument: "ServiceClient"}
	}
	endpoint, err := url.Parse(gophercloud.NormalizeURL(sc.Endpoint))
	if err != nil || endpoint.Host == "" {
		return SupportedMicroversions{}, &gophercloud.ErrInvalidInput{Argument: "ServiceClient.Endpoint", Value: sc.Endpoint, Reason: "not an absolute URL"}
	}
	plain := *sc
	plain.Microversion = ""
	unusable := "" // the last URL that answered with something else than a version document
	for u := range versionDocumentURLs(endpoint) {
		r := plain.Get(ctx, u, &gophercloud.RequestOpts{OkCodes: []int{http.StatusOK, http.StatusMultipleChoices}})
		if r.Err != nil {
			if errors.Is(r.Err, gophercloud.ErrNotFound) {
				continue
			}
			return SupportedMicroversions{}, fmt.Errorf("reading the version document of %s: %w", gophercloud.RedactURL(sc.Endpoint), r.Err)
		}
		var doc versionDocument
		if json.Unmarshal(r.Body, &doc) != nil {
			unusable = u // not JSON: a page of something else, try higher up
			continue
		}
		entry, ok := pickVersion(doc, endpoint)
		if !ok {
			unusable = u
			continue
		}
		return entry.supported(gophercloud.RedactURL(u))
	}
	if unusable != "" {
		return SupportedMicroversions{}, fmt.Errorf("%w: no version document for %s (%s answered with something else)",
			gophercloud.ErrMalformedResponse, gophercloud.RedactURL(sc.Endpoint), gophercloud.RedactURL(unusable))
	}
	return SupportedMicroversions{}, fmt.Errorf("%w: no version document at %s or above it", ErrMicroversionUnsupported, gophercloud.RedactURL(sc.Endpoint))
}

// versionDocumentURLs yields endpoint, then each parent URL up to the
// root: http://h/v3/p/, http://h/v3/, http://h/.
func versionDocumentURLs(endpoint *url.URL) func(func(string) bool) {
	return func(yield func(string) bool) {
		u := *endpoint
		u.RawQuery, u.Fragment, u.RawPath = "", "", ""
		path := u.Path
		for {
			u.Path = path
			if !yield(u.String()) || path == "/" || path == "" {
				return
			}
			path = path[:strings.LastIndex(strings.TrimSuffix(path, "/"), "/")+1]
		}
	}
}

// pickVersion chooses the entry of doc that describes endpoint.
func pickVersion(doc versionDocument, endpoint *url.URL) (versionEntry, bool) {
	if doc.Version != nil {
		return *doc.Version, true
	}
	entries := doc.Versions
	best, bestLen := -1, -1
	for i, e := range entries {
		n := matchLength(e, endpoint)
		if n < 0 {
			continue
		}
		current := strings.EqualFold(e.Status, "CURRENT")
		if n > bestLen || (n == bestLen && current) {
			best, bestLen = i, n
		}
	}
	if best < 0 {
		// No entry links to the endpoint (a proxy may rewrite URLs): take
		// the CURRENT one if there is exactly one.
		for i, e := range entries {
			if strings.EqualFold(e.Status, "CURRENT") {
				if best >= 0 {
					return versionEntry{}, false
				}
				best = i
			}
		}
	}
	if best < 0 {
		return versionEntry{}, false
	}
	return entries[best], true
}

// matchLength is the length of the path of e's self link when endpoint is
// under it, the length of e's ID when the endpoint has it as a path
// segment, and -1 when e is not the endpoint's version.
func matchLength(e versionEntry, endpoint *url.URL) int {
	ep := gophercloud.NormalizeURL(endpoint.Path)
	for _, l := range e.Links {
		if l.Rel != "self" {
			continue
		}
		if lu, err := url.Parse(l.Href); err == nil {
			if lp := gophercloud.NormalizeURL(lu.Path); lp != "/" && strings.HasPrefix(ep, lp) {
				return len(lp)
			}
		}
	}
	if e.ID != "" && strings.Contains(ep, "/"+e.ID+"/") {
		return len(e.ID)
	}
	return -1
}

func (e versionEntry) supported(where string) (SupportedMicroversions, error) {
	if e.MinVersion == "" || e.max() == "" {
		return SupportedMicroversions{}, fmt.Errorf("%w: API %s at %s has no microversions", ErrMicroversionUnsupported, e.ID, where)
	}
	lo, err := ParseMicroversion(e.MinVersion)
	if err != nil {
		return SupportedMicroversions{}, fmt.Errorf("%w: min_version of %s: %v", gophercloud.ErrMalformedResponse, where, err)
	}
	hi, err := ParseMicroversion(e.max())
	if err != nil {
		return SupportedMicroversions{}, fmt.Errorf("%w: version of %s: %v", gophercloud.ErrMalformedResponse, where, err)
	}
	if hi.Less(lo) {
		return SupportedMicroversions{}, fmt.Errorf("%w: %s says its microversions run from %s down to %s", gophercloud.ErrMalformedResponse, where, lo, hi)
	}
	return SupportedMicroversions{Min: lo, Max: hi}, nil
}

// RequireMicroversion checks that the service behind sc supports
// microversion v ("2.79") and returns a copy of sc that sends it with every
// request (see ServiceClient.WithMicroversion); sc itself is never changed,
// so it may be shared between goroutines. When the cloud is too old (or
// too new) the error matches ErrMicroversionUnsupported and names the range
// the cloud supports.
func RequireMicroversion(ctx context.Context, sc *gophercloud.ServiceClient, v string) (*gophercloud.ServiceClient, error) {
	want, err := ParseMicroversion(v)
	if err != nil {
		return nil, err
	}
	supported, err := GetSupportedMicroversions(ctx, sc)
	if err != nil {
		return nil, err
	}
	if !supported.Supports(want) {
		name := sc.Type
		if name == "" {
			name = "the service"
		}
		return nil, fmt.Errorf("%w: %s at %s needs microversion %s, but the cloud supports %s (max %s)",
			ErrMicroversionUnsupported, name, gophercloud.RedactURL(sc.Endpoint), want, supported, supported.Max)
	}
	return sc.WithMicroversion(want.String()), nil
}
