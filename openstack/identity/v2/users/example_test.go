package users_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/openstack/identity/v2/users"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// Create a user in a tenant and list its roles there.
func Example() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.Handle("POST /users", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusOK, `{"user": {"id": "u1", "name": "jqsmith", "tenantId": "t1", "enabled": true}}`)
	})
	srv.Handle("GET /tenants/t1/users/u1/roles", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusOK, `{"roles": [{"id": "r2", "name": "_member_"}]}`)
	})
	ctx, identity := context.Background(), srv.ServiceClient()

	u, err := users.Create(ctx, identity, users.CreateOpts{Name: "jqsmith", TenantID: "t1", Password: "secrete"}).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(u.ID, u.Name, u.Enabled)
	rs, err := users.ListRoles(ctx, identity, u.TenantID, u.ID).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range rs {
		fmt.Println("role on", u.TenantID+":", r.Name)
	}
	// Output:
	// u1 jqsmith true
	// role on t1: _member_
}
