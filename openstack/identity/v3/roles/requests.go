package roles

import (
	"context"
	"net/http"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/pagination"
)

// ListOpts filters List; the zero value lists the global roles.
type ListOpts struct {
	// Name matches exactly; DomainID lists that domain's roles.
	Name     string `q:"name"`
	DomainID string `q:"domain_id"`
}

// List returns a Pager over the roles; it does no I/O.
// https://docs.openstack.org/api-ref/identity/v3/#list-roles
func List(c *gophercloud.ServiceClient, opts ListOpts) pagination.Pager[Role] {
	return kind.List(c, opts)
}

// Get shows one role.
// https://docs.openstack.org/api-ref/identity/v3/#show-role-details
func Get(ctx context.Context, c *gophercloud.ServiceClient, id string) GetResult {
	return kind.Get(ctx, c, id)
}

// CreateOpts describes a new role.
type CreateOpts struct {
	// Name is required; DomainID makes a domain-specific role.
	Name        string         `json:"name" required:"true"`
	DomainID    string         `json:"domain_id,omitempty"`
	Description string         `json:"description,omitempty"`
	Options     map[string]any `json:"options,omitempty"`
}

// Create creates a role.
// https://docs.openstack.org/api-ref/identity/v3/#create-role
func Create(ctx context.Context, c *gophercloud.ServiceClient, opts CreateOpts) CreateResult {
	return kind.Create(ctx, c, opts)
}

// UpdateOpts changes a role; unset fields stay as they are.
type UpdateOpts struct {
	// Name renames; Description replaces when set.
	Name        string         `json:"name,omitempty"`
	Description *string        `json:"description,omitempty"`
	Options     map[string]any `json:"options,omitempty"`
}

// Update changes a role.
// https://docs.openstack.org/api-ref/identity/v3/#update-role
func Update(ctx context.Context, c *gophercloud.ServiceClient, id string, opts UpdateOpts) UpdateResult {
	return kind.Update(ctx, c, id, opts)
}

// Delete deletes a role.
// https://docs.openstack.org/api-ref/identity/v3/#delete-role
func Delete(ctx context.Context, c *gophercloud.ServiceClient, id string) DeleteResult {
	return kind.Delete(ctx, c, id)
}

// AssignOpts says who gets the role (UserID or GroupID) and where
// (ProjectID, DomainID or System).
type AssignOpts struct {
	UserID    string
	GroupID   string
	ProjectID string
	DomainID  string
	// System assigns on the whole deployment (/v3/system/...).
	System bool
	// Inherited makes the assignment one that the projects below the
	// target inherit (OS-INHERIT): on a domain, every project of the
	// domain; on a project, every project of its subtree, but not the
	// project itself. The call goes to
	// /v3/OS-INHERIT/{domains|projects}/{id}/{users|groups}/{id}/roles/{role}/inherited_to_projects;
	// it cannot be combined with System.
	Inherited bool
}

// Validate requires exactly one actor and exactly one target, and no
// System target with Inherited.
func (opts AssignOpts) Validate() error {
	if (opts.UserID == "") == (opts.GroupID == "") {
		return &gophercloud.ErrInvalidInput{Argument: "roles.AssignOpts.UserID", Reason: "set exactly one of UserID and GroupID"}
	}
	n := 0
	for _, set := range []bool{opts.ProjectID != "", opts.DomainID != "", opts.System} {
		if set {
			n++
		}
	}
	if n != 1 {
		return &gophercloud.ErrInvalidInput{Argument: "roles.AssignOpts.ProjectID", Reason: "set exactly one of ProjectID, DomainID and System"}
	}
	if opts.Inherited && opts.System {
		return &gophercloud.ErrInvalidInput{Argument: "roles.AssignOpts.Inherited", Value: true, Reason: "a system assignment cannot be inherited; set DomainID or ProjectID"}
	}
	return nil
}

// Assign gives a role (PUT); Keystone answers 204. With
// AssignOpts.Inherited the role is given to the projects below the domain
// or project instead (OS-INHERIT).
// https://docs.openstack.org/api-ref/identity/v3/#assign-role-to-user-on-project
// https://docs.openstack.org/api-ref/identity/v3-ext/#os-inherit-api
func Assign(ctx context.Context, c *gophercloud.ServiceClient, roleID string, opts AssignOpts) AssignmentResult {
	return assignment(ctx, c, http.MethodPut, roleID, opts)
}

// Unassign takes a role back (DELETE); with AssignOpts.Inherited, an
// inherited one.
// https://docs.openstack.org/api-ref/identity/v3/#unassign-role-from-user-on-project
func Unassign(ctx context.Context, c *gophercloud.ServiceClient, roleID string, opts AssignOpts) AssignmentResult {
	return assignment(ctx, c, http.MethodDelete, roleID, opts)
}

// Check succeeds when the role is assigned directly (with
// AssignOpts.Inherited: assigned to be inherited by the projects below the
// target); otherwise its error matches gophercloud.ErrNotFound.
// https://docs.openstack.org/api-ref/identity/v3/#check-whether-user-has-role-assignment-on-project
func Check(ctx context.Context, c *gophercloud.ServiceClient, roleID string, opts AssignOpts) AssignmentResult {
	return assignment(ctx, c, http.MethodHead, roleID, opts)
}

func assignment(ctx context.Context, c *gophercloud.ServiceClient, method, roleID string, opts AssignOpts) AssignmentResult {
	if err := opts.Validate(); err != nil {
		return AssignmentResult{Result: gophercloud.Result{Err: err}}
	}
	return AssignmentResult{Result: c.Do(ctx, method, assignURL(c, roleID, opts), &gophercloud.RequestOpts{OkCodes: []int{http.StatusNoContent}})}
}

// InheritedToProjects is the only value of
// ListAssignmentsOpts.InheritedTo: assignments that the projects below
// their domain or project inherit.
const InheritedToProjects = "projects"

// ListAssignmentsOpts filters ListAssignments; the zero value lists every
// direct assignment.
type ListAssignmentsOpts struct {
	// Effective expands group memberships and inheritance into per-user
	// assignments.
	Effective bool `q:"effective"`
	// IncludeNames adds names next to IDs.
	IncludeNames bool `q:"include_names"`
	// IncludeSubtree, with ScopeProjectID, includes the project's
	// descendants.
	IncludeSubtree bool `q:"include_subtree"`
	// The ID filters match exactly.
	ScopeProjectID string `q:"scope.project.id"`
	ScopeDomainID  string `q:"scope.domain.id"`
	UserID         string `q:"user.id"`
	GroupID        string `q:"group.id"`
	RoleID         string `q:"role.id"`
	// InheritedTo, set to InheritedToProjects, lists only the
	// assignments made with AssignOpts.Inherited
	// (scope.OS-INHERIT:inherited_to=projects). It is meaningless with
	// Effective, which expands inherited assignments into the projects
	// that inherit them.
	InheritedTo string `q:"scope.OS-INHERIT:inherited_to"`
}

// Validate refuses IncludeSubtree without ScopeProjectID, as Keystone
// does, an InheritedTo other than InheritedToProjects, and InheritedTo
// with Effective.
func (opts ListAssignmentsOpts) Validate() error {
	if opts.IncludeSubtree && opts.ScopeProjectID == "" {
		return &gophercloud.ErrInvalidInput{Argument: "roles.ListAssignmentsOpts.IncludeSubtree", Reason: "IncludeSubtree needs ScopeProjectID"}
	}
	switch {
	case opts.InheritedTo == "":
	case opts.InheritedTo != InheritedToProjects:
		return &gophercloud.ErrInvalidInput{Argument: "roles.ListAssignmentsOpts.InheritedTo", Value: opts.InheritedTo, Reason: `the only value is "projects" (roles.InheritedToProjects)`}
	case opts.Effective:
		return &gophercloud.ErrInvalidInput{Argument: "roles.ListAssignmentsOpts.InheritedTo", Value: opts.InheritedTo, Reason: "effective assignments are already expanded to the inheriting projects; drop Effective or InheritedTo"}
	}
	return nil
}

// ListAssignments returns a Pager over role assignments; it does no I/O.
// https://docs.openstack.org/api-ref/identity/v3/#list-role-assignments
func ListAssignments(c *gophercloud.ServiceClient, opts ListAssignmentsOpts) pagination.Pager[RoleAssignment] {
	return assignmentKind.List(c, opts)
}

// ListInheritedOpts names whose inherited roles on a domain
// ListInherited lists: DomainID, and exactly one of UserID and GroupID.
type ListInheritedOpts struct {
	DomainID string
	UserID   string
	GroupID  string
}

// Validate requires the domain and exactly one actor.
func (opts ListInheritedOpts) Validate() error {
	if opts.DomainID == "" {
		return &gophercloud.ErrMissingInput{Argument: "roles.ListInheritedOpts.DomainID"}
	}
	if (opts.UserID == "") == (opts.GroupID == "") {
		return &gophercloud.ErrInvalidInput{Argument: "roles.ListInheritedOpts.UserID", Reason: "set exactly one of UserID and GroupID"}
	}
	return nil
}

// ListInherited returns a Pager over the roles a user or group holds on a
// domain to be inherited by the domain's projects (GET
// /v3/OS-INHERIT/domains/{d}/{users|groups}/{id}/roles/inherited_to_projects);
// it does no I/O. Keystone has no such list for a project: use
// ListAssignments with ScopeProjectID and InheritedTo.
// https://docs.openstack.org/api-ref/identity/v3-ext/#list-user-s-inherited-project-roles-on-a-domain
func ListInherited(c *gophercloud.ServiceClient, opts ListInheritedOpts) pagination.Pager[Role] {
	if err := opts.Validate(); err != nil {
		return pagination.Fail[Role](err)
	}
	return inheritedKind(opts).List(c, nil)
}

// ListImplied shows the roles a prior role implies.
// https://docs.openstack.org/api-ref/identity/v3/#list-implied-roles-for-role
func ListImplied(ctx context.Context, c *gophercloud.ServiceClient, priorID string) ListImpliedResult {
	return ListImpliedResult{Result: c.Get(ctx, impliesURL(c, priorID), nil), Key: "role_inference"}
}

// CreateImplied makes priorID imply impliedID; Keystone answers 201.
// https://docs.openstack.org/api-ref/identity/v3/#create-role-inference-rule
func CreateImplied(ctx context.Context, c *gophercloud.ServiceClient, priorID, impliedID string) CreateImpliedResult {
	return CreateImpliedResult{Result: c.Put(ctx, impliesURL(c, priorID, impliedID), nil, &gophercloud.RequestOpts{OkCodes: []int{http.StatusCreated}}), Key: "role_inference"}
}

// DeleteImplied removes an inference rule.
// https://docs.openstack.org/api-ref/identity/v3/#delete-role-inference-rule
func DeleteImplied(ctx context.Context, c *gophercloud.ServiceClient, priorID, impliedID string) DeleteImpliedResult {
	return DeleteImpliedResult{Result: c.Delete(ctx, impliesURL(c, priorID, impliedID), &gophercloud.RequestOpts{OkCodes: []int{http.StatusNoContent}})}
}
