// Package internal holds what the Rackspace Cloud Files packages share:
// the URL of a CDN container or object, built with the same rules as the
// OpenStack packages (package swift's CheckContainer and EscapePath).
package internal

import (
	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/swift"
)

// ContainerURL is the URL of a container below c (the CDN endpoint, say),
// its name checked as swift.CheckContainer does; argument names it in the
// error.
func ContainerURL(c *gophercloud.ServiceClient, argument, container string) (string, error) {
	if err := swift.CheckContainer(argument, container); err != nil {
		return "", err
	}
	return c.ResourceBaseURL() + swift.EscapePath(container), nil
}

// ObjectURL is the URL of an object below c: each "/"-separated part of
// its name escaped on its own, "." and ".." parts percent-encoded.
func ObjectURL(c *gophercloud.ServiceClient, container, object string) (string, error) {
	u, err := ContainerURL(c, "container", container)
	if err != nil {
		return "", err
	}
	if err := swift.CheckObject("object name", object); err != nil {
		return "", err
	}
	return u + "/" + swift.EscapePath(object), nil
}

// EscapeObject escapes an object name for a URL path (swift.EscapePath).
func EscapeObject(object string) string { return swift.EscapePath(object) }
