package apiversions

import (
	"net/url"

	"github.com/cloudsdk/gophercloud"
)

// rootURL is the root of the endpoint's host, where Cinder answers with
// its versions: http://h:8776/ for http://h:8776/v3/<project>/.
func rootURL(c *gophercloud.ServiceClient) (string, error) {
	u, err := url.Parse(c.Endpoint)
	if err != nil || u.Host == "" {
		return "", &gophercloud.ErrInvalidInput{Argument: "ServiceClient.Endpoint", Value: c.Endpoint, Reason: "not an absolute URL"}
	}
	return (&url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/"}).String(), nil
}
