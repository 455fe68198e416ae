package roles_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/openstack/identity/v2/roles"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// Find the _member_ role and give it to a user on a tenant.
func Example() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.Handle("GET /OS-KSADM/roles", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusOK, `{"roles": [{"id": "r1", "name": "admin"}, {"id": "r2", "name": "_member_"}]}`)
	})
	srv.Handle("PUT /tenants/t1/users/u1/roles/OS-KSADM/r2", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusOK, `{"role": {"id": "r2", "name": "_member_"}}`)
	})
	ctx, identity := context.Background(), srv.ServiceClient()

	for r, err := range roles.List(identity).All(ctx) {
		if err != nil {
			fmt.Println(err)
			return
		}
		if r.Name != "_member_" {
			continue
		}
		err := roles.AddUser(ctx, identity, "t1", "u1", r.ID).ExtractErr()
		fmt.Println("granted", r.Name, "to u1 on t1:", err)
	}
	// Output:
	// granted _member_ to u1 on t1: <nil>
}
