package roles

import (
	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/internal/crud"
)

var (
	kind           = crud.Kind[Role]{Path: []string{"roles"}, Key: "role", ListKey: "roles"}
	assignmentKind = crud.Kind[RoleAssignment]{Path: []string{"role_assignments"}, ListKey: "role_assignments"}
)

// assignURL is {projects|domains|system}/{target}/{users|groups}/{actor}/roles/{role},
// or with Inherited
// OS-INHERIT/{projects|domains}/{target}/{users|groups}/{actor}/roles/{role}/inherited_to_projects.
func assignURL(c *gophercloud.ServiceClient, roleID string, opts AssignOpts) string {
	var seg []string
	if opts.Inherited {
		seg = []string{"OS-INHERIT"}
	}
	switch {
	case opts.ProjectID != "":
		seg = append(seg, "projects", opts.ProjectID)
	case opts.DomainID != "":
		seg = append(seg, "domains", opts.DomainID)
	default:
		seg = append(seg, "system")
	}
	seg = append(seg, actorPath(opts.UserID, opts.GroupID)...)
	seg = append(seg, "roles", roleID)
	if opts.Inherited {
		seg = append(seg, inheritedToProjects)
	}
	return c.ServiceURL(seg...)
}

const inheritedToProjects = "inherited_to_projects"

// actorPath is users/{user} or groups/{group}.
func actorPath(userID, groupID string) []string {
	if userID != "" {
		return []string{"users", userID}
	}
	return []string{"groups", groupID}
}

// inheritedKind is the list
// OS-INHERIT/domains/{d}/{users|groups}/{actor}/roles/inherited_to_projects.
func inheritedKind(opts ListInheritedOpts) crud.Kind[Role] {
	path := append([]string{"OS-INHERIT", "domains", opts.DomainID}, actorPath(opts.UserID, opts.GroupID)...)
	return crud.Kind[Role]{Path: append(path, "roles", inheritedToProjects), ListKey: "roles"}
}

func impliesURL(c *gophercloud.ServiceClient, priorID string, impliedID ...string) string {
	return c.ServiceURL(append([]string{"roles", priorID, "implies"}, impliedID...)...)
}
