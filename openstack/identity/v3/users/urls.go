package users

import (
	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/groups"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/internal/crud"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/projects"
)

var (
	kind        = crud.Kind[User]{Path: []string{"users"}, Key: "user", ListKey: "users"}
	groupKind   = crud.Kind[groups.Group]{Path: []string{"groups"}, Key: "group", ListKey: "groups"}
	projectKind = crud.Kind[projects.Project]{Path: []string{"projects"}, Key: "project", ListKey: "projects"}
)

func passwordURL(c *gophercloud.ServiceClient, id string) string {
	return c.ServiceURL("users", id, "password")
}

func memberURL(c *gophercloud.ServiceClient, groupID, userID string) string {
	return c.ServiceURL("groups", groupID, "users", userID)
}
