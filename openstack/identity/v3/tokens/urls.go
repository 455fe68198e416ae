package tokens

import "github.com/cloudsdk/gophercloud"

func tokenURL(c *gophercloud.ServiceClient) string { return c.ServiceURL("auth", "tokens") }

func federatedAuthURL(c *gophercloud.ServiceClient, idp, protocol string) string {
	return c.ServiceURL("OS-FEDERATION", "identity_providers", idp, "protocols", protocol, "auth")
}
