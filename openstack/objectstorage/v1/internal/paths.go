// Package internal holds the unexported plumbing the Object Storage v1
// packages (accounts, containers, objects, largeobjects) share: building
// URLs from arbitrary container and object names, the bulk-delete client,
// the cluster's capabilities (/info), listing pagers and the progress
// counter. Every type a caller sees lives in a public package (swift for
// the shared ones); this one only makes each helper exist once.
package internal

import (
	"net/url"
	"strings"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/objectstorage/v1/swift"
)

// The path rules are public in package swift, so that vendor layers
// (rackspace's Cloud Files CDN) use the very same ones; these names keep
// the internal callers short.

// CheckContainer is swift.CheckContainer.
func CheckContainer(argument, name string) error { return swift.CheckContainer(argument, name) }

// CheckObject is swift.CheckObject.
func CheckObject(argument, name string) error { return swift.CheckObject(argument, name) }

// ContainerURL is swift.ContainerURL.
func ContainerURL(c *gophercloud.ServiceClient, container string) (string, error) {
	return swift.ContainerURL(c, container)
}

// ObjectURL is swift.ObjectURL.
func ObjectURL(c *gophercloud.ServiceClient, container, name string) (string, error) {
	return swift.ObjectURL(c, container, name)
}

// EscapePath is swift.EscapePath.
func EscapePath(p string) string { return swift.EscapePath(p) }

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
