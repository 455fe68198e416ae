package tenants

import (
	"net/http"

	"github.com/cloudsdk/gophercloud"
)

// tenant is how v2.0 wraps a tenant; OS-KSADM updates with POST.
var tenant = gophercloud.Resource[Tenant]{Key: "tenant", UpdateMethod: http.MethodPost}

func listURL(c *gophercloud.ServiceClient) string { return c.ServiceURL("tenants") }

func tenantURL(c *gophercloud.ServiceClient, id string) string {
	return c.ServiceURL("tenants", id)
}

func usersURL(c *gophercloud.ServiceClient, id string) string {
	return c.ServiceURL("tenants", id, "users")
}
