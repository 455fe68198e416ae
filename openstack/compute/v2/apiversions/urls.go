package apiversions

import (
	"net/url"
	"regexp"
	"strings"

	"github.com/cloudsdk/gophercloud"
)

// versionSegment matches a path segment naming an API version ("v2",
// "v2.1").
var versionSegment = regexp.MustCompile(`^v[0-9]+(\.[0-9]+)?$`)

// rootURL is the client's endpoint cut before its version segment, ending
// in "/". An endpoint without one is taken as the root.
func rootURL(c *gophercloud.ServiceClient) string {
	u, err := url.Parse(c.Endpoint)
	if err != nil {
		return c.Endpoint
	}
	segs := strings.Split(strings.Trim(u.Path, "/"), "/")
	for i, s := range segs {
		if versionSegment.MatchString(s) {
			u.Path = "/" + strings.Join(segs[:i], "/")
			break
		}
	}
	if !strings.HasSuffix(u.Path, "/") {
		u.Path += "/"
	}
	u.RawPath, u.RawQuery, u.Fragment = "", "", ""
	return u.String()
}

// versionURL is the root joined with version, through ServiceURL so that
// the version is escaped and checked like any ID.
func versionURL(c *gophercloud.ServiceClient, version string) string {
	root := *c
	root.ResourceBase = rootURL(c)
	return root.ServiceURL(version) + "/"
}
