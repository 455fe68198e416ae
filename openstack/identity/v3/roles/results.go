package roles

import (
	"encoding/json"

	"github.com/cloudsdk/gophercloud"
)

// Role is a Keystone role.
type Role struct {
	// ID is the role's ID.
	ID string `json:"id"`
	// Name is unique among global roles, or within DomainID.
	Name string `json:"name"`
	// DomainID is set for a domain-specific role.
	DomainID string `json:"domain_id"`
	// Description is free text.
	Description string `json:"description"`
	// Options are the role's options (immutable, …), raw because their
	// values vary.
	Options map[string]json.RawMessage `json:"options,omitempty"`
	// Links holds the self link.
	Links map[string]string `json:"links"`
}

// Ref names a user, group, role, project or domain inside an assignment
// or inference; Name and Domain are filled with IncludeNames.
type Ref struct {
	// ID is always set; Name and the owning Domain only with names.
	ID     string `json:"id"`
	Name   string `json:"name,omitempty"`
	Domain *Ref   `json:"domain,omitempty"`
}

// Scope is where an assignment applies: Project, Domain or System.
type Scope struct {
	Project *Ref `json:"project,omitempty"`
	Domain  *Ref `json:"domain,omitempty"`
	// System is {"all": true} for a system assignment.
	System map[string]bool `json:"system,omitempty"`
	// InheritedTo is "projects" for an inherited assignment.
	InheritedTo string `json:"OS-INHERIT:inherited_to,omitempty"`
}

// RoleAssignment is one entry of ListAssignments: a role given to a User
// or a Group on a Scope.
type RoleAssignment struct {
	// Role is the role given; exactly one of User and Group is set.
	Role  Ref   `json:"role"`
	User  *Ref  `json:"user,omitempty"`
	Group *Ref  `json:"group,omitempty"`
	Scope Scope `json:"scope"`
	// Links holds the assignment link and, for an effective assignment
	// that comes from a group, the membership link.
	Links map[string]string `json:"links"`
}

// Inference is a prior role and the roles it implies.
type Inference struct {
	// PriorRole implies each of Implies.
	PriorRole Ref   `json:"prior_role"`
	Implies   []Ref `json:"implies"`
}

// Implication is one prior role implying one role.
type Implication struct {
	// PriorRole implies Implies.
	PriorRole Ref `json:"prior_role"`
	Implies   Ref `json:"implies"`
}

// GetResult is the result of Get; Extract returns the *Role.
type GetResult = gophercloud.ItemResult[Role]

// CreateResult is the result of Create; Extract returns the *Role.
type CreateResult = gophercloud.ItemResult[Role]

// UpdateResult is the result of Update; Extract returns the *Role.
type UpdateResult = gophercloud.ItemResult[Role]

// DeleteResult is the result of Delete.
type DeleteResult = gophercloud.ErrResult

// AssignmentResult is the result of Assign, Unassign and Check.
type AssignmentResult = gophercloud.ErrResult

// ListImpliedResult is the result of ListImplied; Extract returns the
// *Inference.
type ListImpliedResult = gophercloud.ItemResult[Inference]

// CreateImpliedResult is the result of CreateImplied; Extract returns the
// *Implication.
type CreateImpliedResult = gophercloud.ItemResult[Implication]

// DeleteImpliedResult is the result of DeleteImplied.
type DeleteImpliedResult = gophercloud.ErrResult
