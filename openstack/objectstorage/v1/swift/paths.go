package swift

import (
	"net/url"
	"strings"

	"github.com/cloudsdk/gophercloud"
)

// The rules for turning container and object names into URLs, public so
// that every package that talks to Swift (and vendor layers over it, such
// as Rackspace's Cloud Files CDN) uses the same ones.

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
