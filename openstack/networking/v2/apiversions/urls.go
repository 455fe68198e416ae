package apiversions

import "github.com/cloudsdk/gophercloud"

// rootURL is the networking endpoint from the catalog (http://h:9696/),
// where Neutron lists its versions.
func rootURL(c *gophercloud.ServiceClient) string { return c.Endpoint }

// resourcesURL is the v2.0 resource base (http://h:9696/v2.0/).
func resourcesURL(c *gophercloud.ServiceClient) string { return c.ResourceBaseURL() }
