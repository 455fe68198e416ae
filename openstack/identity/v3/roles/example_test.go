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
