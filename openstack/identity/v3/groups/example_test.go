package groups_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cloudsdk/gophercloud/openstack/identity/v3/groups"
	"github.com/cloudsdk/gophercloud/testhelper"
)

// Create a group in the default domain.
func Example() {
	srv := testhelper.NewServer()
	defer srv.Close()
	srv.Handle("POST /groups", func(w http.ResponseWriter, r *http.Request) {
		testhelper.WriteJSON(w, http.StatusCreated, `{"group": {"id": "g1", "name": "ops", "domain_id": "default"}}`)
	})
	g, err := groups.Create(context.Background(), srv.ServiceClient(), groups.CreateOpts{Name: "ops", DomainID: "default"}).Extract()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(g.ID, g.Name)
	// Output:
	// g1 ops
}
