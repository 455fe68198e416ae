package roles_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/openstack/identity/v3/roles"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// Give a group a role on a project, then list who effectively holds it.
func Example() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.Handle("PUT /projects/web/groups/ops/roles/reader", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusNoContent)
	})
	srv.Handle("GET /role_assignments", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusOK, `{"role_assignments": [{"role": {"id": "reader"},
		  "user": {"id": "alice"}, "scope": {"project": {"id": "web"}}}], "links": {"next": null}}`)
	})
	ctx, c := context.Background(), srv.ServiceClient()
	if err := roles.Assign(ctx, c, "reader", roles.AssignOpts{GroupID: "ops", ProjectID: "web"}).ExtractErr(); err != nil {
		fmt.Println(err)
		return
	}
	for a, err := range roles.ListAssignments(c, roles.ListAssignmentsOpts{Effective: true, ScopeProjectID: "web"}).All(ctx) {
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(a.User.ID, a.Role.ID, a.Scope.Project.ID)
	}
	// Output:
	// alice reader web
}

// Give a user a role on every project of a domain (OS-INHERIT), check it,
// and list the domain's inherited assignments.
func Example_inherited() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.Handle("PUT /OS-INHERIT/domains/acme/users/alice/roles/reader/inherited_to_projects", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusNoContent)
	})
	srv.Handle("HEAD /OS-INHERIT/domains/acme/users/alice/roles/reader/inherited_to_projects", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusNoContent)
	})
	srv.Handle("GET /role_assignments", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusOK, `{"role_assignments": [{"role": {"id": "reader"}, "user": {"id": "alice"},
		  "scope": {"domain": {"id": "acme"}, "OS-INHERIT:inherited_to": "projects"}}], "links": {"next": null}}`)
	})
	ctx, c := context.Background(), srv.ServiceClient()
	on := roles.AssignOpts{UserID: "alice", DomainID: "acme", Inherited: true}
	if err := roles.Assign(ctx, c, "reader", on).ExtractErr(); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("check:", roles.Check(ctx, c, "reader", on).ExtractErr())
	for a, err := range roles.ListAssignments(c, roles.ListAssignmentsOpts{ScopeDomainID: "acme", InheritedTo: roles.InheritedToProjects}).All(ctx) {
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(a.User.ID, a.Role.ID, a.Scope.Domain.ID, "inherited to", a.Scope.InheritedTo)
	}
	// Output:
	// check: <nil>
	// alice reader acme inherited to projects
}
