// Package internal holds what the Rackspace Cloud Files packages share:
// the URL of a CDN container or object, escaped as Swift expects.
//
// It repeats openstack/objectstorage/v1/internal's path rules, which
// packages outside openstack/objectstorage/v1 cannot import; exporting
// them (as swift.EscapePath) would let this file go.
package internal

import (
	"net/url"
	"strings"

	"github.com/cloudsdk/gophercloud"
)

// ContainerURL is the URL of a container, its name one escaped segment. A
// name that is empty, "." or "..", or holds a "/", is refused.
func ContainerURL(c *gophercloud.ServiceClient, argument, container string) (string, error) {
	switch {
	case container == "":
		return "", &gophercloud.ErrMissingInput{Argument: argument}
	case container == "." || container == "..":
		return "", &gophercloud.ErrInvalidInput{Argument: argument, Value: container, Reason: `Cloud Files cannot address a container named "." or ".."`}
	case strings.Contains(container, "/"):
		return "", &gophercloud.ErrInvalidInput{Argument: argument, Value: container, Reason: `a container name cannot contain "/"`}
	}
	return c.ResourceBaseURL() + url.PathEscape(container), nil
}

// ObjectURL is the URL of an object: each "/"-separated part of its name
// is escaped on its own, so pseudo-directories stay paths, and "." and
// ".." parts are percent-encoded so no proxy can normalise them away.
func ObjectURL(c *gophercloud.ServiceClient, container, object string) (string, error) {
	u, err := ContainerURL(c, "container", container)
	if err != nil {
		return "", err
	}
	if object == "" {
		return "", &gophercloud.ErrMissingInput{Argument: "object name"}
	}
	return u + "/" + EscapeObject(object), nil
}

// EscapeObject escapes an object name for a URL path.
func EscapeObject(object string) string {
	parts := strings.Split(object, "/")
	for i, p := range parts {
		switch p {
		case ".":
			parts[i] = "%2E"
		case "..":
			parts[i] = "%2E%2E"
		default:
			parts[i] = url.PathEscape(p)
		}
	}
	return strings.Join(parts, "/")
}
