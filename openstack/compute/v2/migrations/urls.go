package migrations

import (
	"strconv"

	"github.com/cloudsdk/gophercloud"
)

func listURL(c *gophercloud.ServiceClient) string { return c.ServiceURL("os-migrations") }

func serverURL(c *gophercloud.ServiceClient, serverID string) string {
	return c.ServiceURL("servers", serverID, "migrations")
}

func serverMigrationURL(c *gophercloud.ServiceClient, serverID string, id int, more ...string) string {
	return c.ServiceURL(append([]string{"servers", serverID, "migrations", strconv.Itoa(id)}, more...)...)
}
