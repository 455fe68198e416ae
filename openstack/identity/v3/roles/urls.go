package roles

import (
	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/internal/crud"
)

var (
	kind           = crud.Kind[Role]{Path: []string{"roles"}, Key: "role", ListKey: "roles"}
	assignmentKind = crud.Kind[RoleAssignment]{Path: []string{"role_assignments"}, ListKey: "role_assignments"}
)

// assignURL is {projects|domains|system}/{target}/{users|groups}/{actor}/roles/{role}.
func assignURL(c *gophercloud.ServiceClient, roleID string, opts AssignOpts) string {
	var seg []string
	switch {
	case opts.ProjectID != "":
		seg = []string{"projects", opts.ProjectID}
	case opts.DomainID != "":
		seg = []string{"domains", opts.DomainID}
	default:
		seg = []string{"system"}
	}
	if opts.UserID != "" {
		seg = append(seg, "users", opts.UserID)
	} else {
		seg = append(seg, "groups", opts.GroupID)
	}
	return c.ServiceURL(append(seg, "roles", roleID)...)
}

func impliesURL(c *gophercloud.ServiceClient, priorID string, impliedID ...string) string {
	return c.ServiceURL(append([]string{"roles", priorID, "implies"}, impliedID...)...)
}
