// Package internal holds the unexported plumbing the Object Storage v1
// packages (accounts, containers, objects, largeobjects) share: building
// URLs from arbitrary container and object names, the bulk-delete client,
// the cluster's capabilities (/info), listing pagers and the progress
// counter. Every type a caller sees lives in a public package (swift for
// the shared ones); this one only makes each helper exist once.
package internal

import (
	"io"
	"net/url"
	"os"
	"strings"

	"github.com/cloudsdk/gophercloud"
)

// CheckContainer refuses container names Swift cannot address: empty ones,
// ones holding a "/", which Swift would read as a path separator, and "."
// and "..", which Swift refuses even percent-encoded.
func CheckContainer(argument, name string) error {
	if name == "" {
		return &gophercloud.ErrMissingInput{Argument: argument}
	}
	if name == "." || name == ".." {
		return &gophercloud.ErrInvalidInput{Argument: argument, Value: name, Reason: `Swift cannot address a container named "." or ".."`}
	}
	if strings.Contains(name, "/") {
		return &gophercloud.ErrInvalidInput{Argument: argument, Value: name, Reason: `a container name cannot contain "/"`}
	}
	return nil
}

// CheckObject refuses an empty object name.
func CheckObject(argument, name string) error {
	if name == "" {
		return &gophercloud.ErrMissingInput{Argument: argument}
	}
	return nil
}

// ContainerURL is the URL of one container, its name escaped as one
// segment.
func ContainerURL(c *gophercloud.ServiceClient, container string) (string, error) {
	if err := CheckContainer("container", container); err != nil {
		return "", err
	}
	return c.ResourceBaseURL() + EscapePath(container), nil
}

// ObjectURL is the URL of one object. The name is split on "/" and every
// part escaped on its own, so slashes stay path separators (Swift's
// pseudo-directories) while "?", "#", "%", spaces and non-ASCII characters
// are percent-encoded. Empty parts are kept: "a//b" and "/a" are distinct
// object names and must stay so.
func ObjectURL(c *gophercloud.ServiceClient, container, name string) (string, error) {
	if err := CheckContainer("container", container); err != nil {
		return "", err
	}
	if err := CheckObject("object name", name); err != nil {
		return "", err
	}
	return c.ResourceBaseURL() + EscapePath(container) + "/" + EscapePath(name), nil
}

// EscapePath percent-encodes a container or object path for a URL and for
// the places Swift wants it URL-encoded inside a header or a body
// (X-Copy-From, X-Object-Manifest, bulk-delete lists): each "/"-separated
// part is escaped, the slashes are kept, empty parts stay empty.
//
// A part that is "." or ".." has its dots percent-encoded ("%2E%2E"): Swift
// decodes them back to the object name it was given, while an HTTP client,
// proxy or load balancer that normalises dot segments cannot turn
// "cont/.." into the account itself.
func EscapePath(p string) string {
	parts := strings.Split(p, "/")
	for i, s := range parts {
		switch s {
		case ".":
			parts[i] = "%2E"
		case "..":
			parts[i] = "%2E%2E"
		default:
			parts[i] = url.PathEscape(s)
		}
	}
	return strings.Join(parts, "/")
}

// SwiftPath returns the decoded path of the client's account, from "/v1/"
// on ("/v1/AUTH_abc"), without a trailing slash: the path Swift sees once
// any proxy prefix in front of it is stripped, which is what temp URL
// signatures cover. ok is false when the endpoint has no "/v1/" segment;
// the whole path is returned then.
func SwiftPath(c *gophercloud.ServiceClient) (path string, ok bool, err error) {
	u, err := url.Parse(c.ResourceBaseURL())
	if err != nil {
		return "", false, &gophercloud.ErrInvalidInput{Argument: "ServiceClient.Endpoint", Value: c.ResourceBaseURL(), Reason: err.Error()}
	}
	p := strings.TrimSuffix(u.Path, "/")
	if i := strings.Index(p+"/", "/v1/"); i >= 0 {
		return p[i:], true, nil
	}
	return p, false, nil
}

// rootURL is the URL in front of "/v1/" (scheme, host and any proxy
// prefix), ending in "/": where Swift serves /info.
func rootURL(c *gophercloud.ServiceClient) (string, error) {
	u, err := url.Parse(c.ResourceBaseURL())
	if err != nil {
		return "", err
	}
	p := u.EscapedPath()
	if i := strings.Index(p, "/v1/"); i >= 0 {
		p = p[:i]
	} else if strings.HasSuffix(p, "/v1") {
		p = strings.TrimSuffix(p, "/v1")
	} else {
		p = ""
	}
	u.RawQuery, u.Fragment, u.User = "", "", nil
	root, err := url.Parse(u.Scheme + "://" + u.Host + p + "/")
	if err != nil {
		return "", err
	}
	return root.String(), nil
}

// SizeOf tells the number of bytes left in readers whose size is known
// without reading them: *bytes.Reader, *strings.Reader, *bytes.Buffer
// (anything with Len) and regular *os.File.
func SizeOf(r io.Reader) (int64, bool) {
	switch v := r.(type) {
	case interface{ Len() int }:
		return int64(v.Len()), true
	case *os.File:
		fi, err := v.Stat()
		if err != nil || !fi.Mode().IsRegular() {
			return -1, false
		}
		off, err := v.Seek(0, io.SeekCurrent)
		if err != nil {
			return -1, false
		}
		return fi.Size() - off, true
	}
	return -1, false
}
