package roles_test

import (
	"context"
	"net/url"
	"testing"

	"github.com/cloudsdk/gophercloud"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/internal/crudtest"
	"github.com/cloudsdk/gophercloud/openstack/identity/v3/roles"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const (
	id      = "1e443f"
	prior   = "5318e6"
	user    = "9fe1d3"
	group   = "ea167b"
	project = "263fd9"
	domain  = "a99e9b"
)

func TestCalls(t *testing.T) {
	desc := "Viewer"
	cases := []crudtest.Case{
		{Name: "list", Pattern: "GET /roles", Status: 200, Response: listJSON,
			Query: url.Values{"name": {"reader"}},
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return roles.List(c, roles.ListOpts{Name: "reader"}).Collect(ctx)
			},
			Check: func(t *testing.T, v any) {
				rs := v.([]roles.Role)
				require.Len(t, rs, 2)
				assert.JSONEq(t, `true`, string(rs[0].Options["immutable"]))
			}},
		{Name: "get", Pattern: "GET /roles/" + id, Status: 200, Response: roleJSON,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return roles.Get(ctx, c, id).Extract()
			},
			Check: func(t *testing.T, v any) { assert.Equal(t, "reader", v.(*roles.Role).Name) }},
		{Name: "create", Pattern: "POST /roles", Status: 201, Response: roleJSON,
			Request: `{"role": {"name": "reader", "description": "Read only"}}`,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return roles.Create(ctx, c, roles.CreateOpts{Name: "reader", Description: "Read only"}).Extract()
			}},
		{Name: "update", Pattern: "PATCH /roles/" + id, Status: 200, Response: roleJSON,
			Request: `{"role": {"description": "Viewer"}}`,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return roles.Update(ctx, c, id, roles.UpdateOpts{Description: &desc}).Extract()
			}},
		{Name: "delete", Pattern: "DELETE /roles/" + id, Status: 204,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return crudtest.Err(roles.Delete(ctx, c, id).ExtractErr())
			}},
		{Name: "list assignments", Pattern: "GET /role_assignments", Status: 200, Response: assignmentsJSON,
			Query: url.Values{"effective": {"true"}, "include_names": {"true"}, "include_subtree": {"true"},
				"scope.project.id": {project}, "user.id": {user}, "role.id": {id}},
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return roles.ListAssignments(c, roles.ListAssignmentsOpts{Effective: true, IncludeNames: true, IncludeSubtree: true,
					ScopeProjectID: project, UserID: user, RoleID: id}).Collect(ctx)
			},
			Check: func(t *testing.T, v any) {
				as := v.([]roles.RoleAssignment)
				require.Len(t, as, 2)
				assert.Equal(t, "alice", as[0].User.Name)
				assert.Equal(t, "web", as[0].Scope.Project.Name)
				assert.Contains(t, as[0].Links["membership"], group)
				assert.Equal(t, "ops", as[1].Group.Name)
				assert.True(t, as[1].Scope.System["all"])
			}},
		{Name: "list inherited assignments", Pattern: "GET /role_assignments", Status: 200, Response: inheritedAssignmentsJSON,
			Query: url.Values{"scope.OS-INHERIT:inherited_to": {"projects"}, "scope.domain.id": {domain}, "user.id": {user}},
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return roles.ListAssignments(c, roles.ListAssignmentsOpts{InheritedTo: roles.InheritedToProjects,
					ScopeDomainID: domain, UserID: user}).Collect(ctx)
			},
			Check: func(t *testing.T, v any) {
				as := v.([]roles.RoleAssignment)
				require.Len(t, as, 1)
				assert.Equal(t, roles.InheritedToProjects, as[0].Scope.InheritedTo)
				require.NotNil(t, as[0].Scope.Domain)
				assert.Equal(t, domain, as[0].Scope.Domain.ID)
			}},
		{Name: "list inherited roles of a user", Pattern: "GET /OS-INHERIT/domains/" + domain + "/users/" + user + "/roles/inherited_to_projects",
			Status: 200, Response: inheritedRolesJSON,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return roles.ListInherited(c, roles.ListInheritedOpts{DomainID: domain, UserID: user}).Collect(ctx)
			},
			Check: func(t *testing.T, v any) {
				rs := v.([]roles.Role)
				require.Len(t, rs, 1)
				assert.Equal(t, "reader", rs[0].Name)
			}},
		{Name: "list inherited roles of a group", Pattern: "GET /OS-INHERIT/domains/" + domain + "/groups/" + group + "/roles/inherited_to_projects",
			Status: 200, Response: inheritedRolesJSON,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return roles.ListInherited(c, roles.ListInheritedOpts{DomainID: domain, GroupID: group}).Collect(ctx)
			}},
		{Name: "list implied", Pattern: "GET /roles/" + prior + "/implies", Status: 200, Response: inferenceJSON,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return roles.ListImplied(ctx, c, prior).Extract()
			},
			Check: func(t *testing.T, v any) {
				inf := v.(*roles.Inference)
				assert.Equal(t, "admin", inf.PriorRole.Name)
				require.Len(t, inf.Implies, 1)
				assert.Equal(t, id, inf.Implies[0].ID)
			}},
		{Name: "create implied", Pattern: "PUT /roles/" + prior + "/implies/" + id, Status: 201, Response: implicationJSON,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return roles.CreateImplied(ctx, c, prior, id).Extract()
			},
			Check: func(t *testing.T, v any) { assert.Equal(t, "reader", v.(*roles.Implication).Implies.Name) }},
		{Name: "delete implied", Pattern: "DELETE /roles/" + prior + "/implies/" + id, Status: 204,
			Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
				return crudtest.Err(roles.DeleteImplied(ctx, c, prior, id).ExtractErr())
			}},
	}
	targets := []struct {
		path string
		opts roles.AssignOpts
	}{
		{"/projects/" + project + "/users/" + user, roles.AssignOpts{UserID: user, ProjectID: project}},
		{"/projects/" + project + "/groups/" + group, roles.AssignOpts{GroupID: group, ProjectID: project}},
		{"/domains/default/users/" + user, roles.AssignOpts{UserID: user, DomainID: "default"}},
		{"/domains/default/groups/" + group, roles.AssignOpts{GroupID: group, DomainID: "default"}},
		{"/system/users/" + user, roles.AssignOpts{UserID: user, System: true}},
		{"/system/groups/" + group, roles.AssignOpts{GroupID: group, System: true}},
		{"/OS-INHERIT/domains/" + domain + "/users/" + user, roles.AssignOpts{UserID: user, DomainID: domain, Inherited: true}},
		{"/OS-INHERIT/domains/" + domain + "/groups/" + group, roles.AssignOpts{GroupID: group, DomainID: domain, Inherited: true}},
		{"/OS-INHERIT/projects/" + project + "/users/" + user, roles.AssignOpts{UserID: user, ProjectID: project, Inherited: true}},
		{"/OS-INHERIT/projects/" + project + "/groups/" + group, roles.AssignOpts{GroupID: group, ProjectID: project, Inherited: true}},
	}
	calls := []struct {
		method string
		fn     func(context.Context, *gophercloud.ServiceClient, string, roles.AssignOpts) roles.AssignmentResult
	}{{"PUT", roles.Assign}, {"DELETE", roles.Unassign}, {"HEAD", roles.Check}}
	for _, tg := range targets {
		for _, call := range calls {
			pattern := call.method + " " + tg.path + "/roles/" + id
			if tg.opts.Inherited {
				pattern += "/inherited_to_projects"
			}
			cases = append(cases, crudtest.Case{Name: pattern, Pattern: pattern, Status: 204,
				Call: func(ctx context.Context, c *gophercloud.ServiceClient) (any, error) {
					return crudtest.Err(call.fn(ctx, c, id, tg.opts).ExtractErr())
				}})
		}
	}
	crudtest.Run(t, cases)
}

func TestBadOptions(t *testing.T) {
	c := &gophercloud.ServiceClient{ProviderClient: gophercloud.NewProviderClient(), Endpoint: "http://127.0.0.1:1/"}
	_, err := roles.Create(t.Context(), c, roles.CreateOpts{}).Extract()
	assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions)
	for _, o := range []roles.AssignOpts{
		{ProjectID: project},
		{UserID: user, GroupID: group, ProjectID: project},
		{UserID: user},
		{UserID: user, ProjectID: project, System: true},
		{UserID: user, System: true, Inherited: true},
		{UserID: user, Inherited: true},
		{GroupID: group, DomainID: domain, ProjectID: project, Inherited: true},
	} {
		for _, call := range []func(context.Context, *gophercloud.ServiceClient, string, roles.AssignOpts) roles.AssignmentResult{
			roles.Assign, roles.Unassign, roles.Check,
		} {
			assert.ErrorIs(t, call(t.Context(), c, id, o).ExtractErr(), gophercloud.ErrInvalidOptions, "%+v", o)
		}
	}
	// An empty role ID or target is refused by ServiceURL, before any
	// request, in the OS-INHERIT form too.
	for _, tc := range []struct {
		role string
		opts roles.AssignOpts
	}{
		{"", roles.AssignOpts{UserID: user, DomainID: domain, Inherited: true}},
		{id, roles.AssignOpts{UserID: ".", DomainID: domain, Inherited: true}},
		{id, roles.AssignOpts{GroupID: group, ProjectID: "..", Inherited: true}},
	} {
		assert.ErrorIs(t, roles.Assign(t.Context(), c, tc.role, tc.opts).ExtractErr(), gophercloud.ErrInvalidOptions, "%+v", tc)
	}
	for _, o := range []roles.ListAssignmentsOpts{
		{IncludeSubtree: true},
		{InheritedTo: "domains"},
		{InheritedTo: roles.InheritedToProjects, Effective: true},
	} {
		_, err = roles.ListAssignments(c, o).Collect(t.Context())
		assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions, "%+v", o)
	}
	for _, o := range []roles.ListInheritedOpts{
		{UserID: user},
		{DomainID: domain},
		{DomainID: domain, UserID: user, GroupID: group},
		{DomainID: "..", UserID: user},
	} {
		_, err = roles.ListInherited(c, o).Collect(t.Context())
		assert.ErrorIs(t, err, gophercloud.ErrInvalidOptions, "%+v", o)
	}
}
